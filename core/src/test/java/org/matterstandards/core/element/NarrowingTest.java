package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NarrowingTest {

    @ParameterizedTest
    @ValueSource(strings = {"-", "max", "order:1>3>2", "subset", "superset", "text", "fee"})
    void writtenFormsRoundTrip(String spec) {
        assertThat(Narrowing.parse(spec).spec()).isEqualTo(spec);
    }

    @Test
    void refusesUnknownOrDegenerateForms() {
        assertThatThrownBy(() -> Narrowing.parse("min")).hasMessageContaining("unknown narrowing");
        assertThatThrownBy(() -> Narrowing.parse("order:1")).hasMessageContaining("two");
        assertThatThrownBy(() -> Narrowing.parse("order:1>1")).hasMessageContaining("distinct");
        assertThat(Narrowing.parse(" ").isDefined()).isFalse();
        assertThat(Narrowing.parse("order: 2 > 1 ").order()).containsExactly("2", "1");
    }

    @Test
    void splitsConditionTextsIntoClausesIgnoringNumberingAndSpacing() {
        assertThat(TextClauses.of("（一）年满18周岁；（二）具有本市户籍。")).containsExactly("年满18周岁", "具有本市户籍");
        assertThat(TextClauses.of("1. 年满18周岁\n2. 具有本市户籍")).containsExactly("年满18周岁", "具有本市户籍");
        assertThat(TextClauses.of("①年满18周岁②具有本市户籍")).containsExactly("年满18周岁", "具有本市户籍");
        assertThat(TextClauses.of("申请人须：(1)年满18周岁 (2)具有本市户籍"))
                .containsExactly("申请人须", "年满18周岁", "具有本市户籍");
        assertThat(TextClauses.of("体温 36.5 度以下")).containsExactly("体温36.5度以下");
        assertThat(TextClauses.of(null)).isEmpty();
    }

    @Test
    void readsFeeAmountsAndTheirWording() {
        FeeAmounts two = FeeAmounts.parse("住宅类每件 80 元，非住宅类每件550元");
        assertThat(two.amounts()).containsExactly(new BigDecimal("80"), new BigDecimal("550"));
        assertThat(two.template()).isEqualTo("住宅类每件#，非住宅类每件#");
        assertThat(FeeAmounts.parse("每件１２．５元").amounts()).containsExactly(new BigDecimal("12.5"));
        assertThat(FeeAmounts.parse("每宗1.2万元").amounts().get(0)).isEqualByComparingTo("12000");
        assertThat(FeeAmounts.parse("免收").waived()).isTrue();
        assertThat(FeeAmounts.parse("按规定收取").waived()).isFalse();
        assertThat(FeeAmounts.parse("按规定收取").amounts()).isEqualTo(List.of());
    }
}
