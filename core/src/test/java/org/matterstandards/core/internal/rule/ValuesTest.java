package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.Material;

class ValuesTest {

    @Test
    void placeholdersSayNothing() {
        assertThat(Values.saysNothing("无")).isTrue();
        assertThat(Values.saysNothing(" / ")).isTrue();
        assertThat(Values.saysNothing("N/A")).isTrue();
        assertThat(Values.saysNothing(null)).isTrue();
        assertThat(Values.saysNothing("需现场核验原件")).isFalse();
    }

    @Test
    void elementValuesPointAtTheirPlaceAndSkipBlanks() {
        assertThat(ElementValue.each("useLevel", Arrays.asList("3", " ", null, "4")))
                .extracting(ElementValue::pointer).containsExactly("/useLevel/0", "/useLevel/3");
        Material material = new Material("申请书", "2", "3", "1", "10", null, 1, null, null, null, null, null, 1,
                null, null, null);
        assertThat(ElementValue.each("materials", List.of(material), "sourceType", Material::sourceType))
                .containsExactly(new ElementValue("/materials/0/sourceType", "sourceType", "10"));
        assertThat(ElementValue.of("taskType", "")).isEmpty();
    }
}
