package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
    }
}
