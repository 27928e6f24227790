package org.matterstandards.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

class CatalogElementLabelerTest {

    private static final CatalogElementLabeler LABELER = CatalogElementLabeler.builtIn();

    @Test
    void labelsKnownElementsAndFallsBackToThePointer() {
        RecordKind item = RecordKind.IMPLEMENTATION_ITEM;
        assertThat(LABELER.label(item, "/promiseDay", Messages.ZH_CN)).isEqualTo("承诺办结时限(promiseDay)");
        assertThat(LABELER.label(item, "/promiseDay", Messages.EN)).isEqualTo("promised time limit (promiseDay)");
        assertThat(LABELER.label(item, "/materials/0/materialName", Messages.ZH_CN))
                .isEqualTo("申请材料[1].材料名称(materialName)");
        assertThat(LABELER.label(item, "/shoeSize", Messages.ZH_CN)).isEqualTo("/shoeSize");
        assertThat(LABELER.label(item, "", Messages.ZH_CN)).isEqualTo("/");
        assertThat(LABELER.label(null, "/promiseDay", Messages.ZH_CN)).isEqualTo("/promiseDay");
    }

    @Test
    void isTheValidatorsDefault() {
        String json = "{\"taskName\":\"食品经营许可\",\"promiseDay\":\"五天\",\"materials\":[{\"materialName\":12}]}";
        ValidationResult zh = MatterValidator.builder().kind(RecordKind.IMPLEMENTATION_ITEM).build().validate(json);
        assertThat(zh.findings()).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("承诺办结时限(promiseDay)"))
                .anySatisfy(message -> assertThat(message).contains("基本编码(catalogCode)"));
        ValidationResult en = MatterValidator.builder().kind(RecordKind.IMPLEMENTATION_ITEM).locale(Messages.EN)
                .build().validate(json);
        assertThat(en.findings()).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("promised time limit (promiseDay)"));
    }
}
