package org.matterstandards.sdk.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class KindDetectorTest {

    private static RecordKind detect(String json) {
        return KindDetector.detect((ObjectNode) JsonMapper.builder().build().readTree(json)).orElse(null);
    }

    @Test
    void eachKindIsToldByTheElementsOnlyItHas() {
        assertThat(detect("{\"changeId\":\"1\",\"changeType\":\"2\"}")).isEqualTo(RecordKind.LIST_CHANGE);
        assertThat(detect("{\"serviceCode\":\"ZJ1\"}")).isEqualTo(RecordKind.INTERMEDIARY_SERVICE);
        assertThat(detect("{\"taskCode\":\"x\",\"promiseDay\":1}")).isEqualTo(RecordKind.IMPLEMENTATION_ITEM);
        assertThat(detect("{\"catalogCode\":\"x\",\"taskType\":\"01\",\"responsibility\":\"受理\"}"))
                .isEqualTo(RecordKind.POWER_ITEM);
        assertThat(detect("{\"catalogCode\":\"x\",\"taskType\":\"01\",\"deptName\":\"汕头市发展和改革局\"}"))
                .isEqualTo(RecordKind.POWER_ITEM);
        assertThat(detect("{\"catalogCode\":\"x\",\"taskType\":\"01\"}")).isEqualTo(RecordKind.CATALOG_ITEM);
        assertThat(detect("{\"colour\":\"red\"}")).isNull();
    }

    @Test
    void aCatalogueItemThatNamesItsCompetentDepartmentIsStillACatalogueItem() {
        assertThat(detect("{\"catalogCode\":\"x\",\"taskType\":\"01\",\"deptName\":\"广东省市场监督管理局\","
                + "\"taskVersion\":3}")).isEqualTo(RecordKind.CATALOG_ITEM);
    }
}
