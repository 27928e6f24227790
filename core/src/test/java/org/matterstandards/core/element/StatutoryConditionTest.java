package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matterstandards.core.model.RecordKind;

/**
 * A {@code !} narrowing marks a statutory condition (法定条件): lowering it is {@link Outcome#LOWERED}, routed to 审核,
 * because a lower tier cannot lower statutory conditions on its own (行政许可法 art. 16).
 */
class StatutoryConditionTest {

    @ParameterizedTest
    @ValueSource(strings = {"text!", "order:1>3>2!"})
    void theStatutoryMarkRoundTrips(String spec) {
        Narrowing narrowing = Narrowing.parse(spec);
        assertThat(narrowing.statutory()).isTrue();
        assertThat(narrowing.spec()).isEqualTo(spec);
    }

    @Test
    void onlyTextAndOrderNarrowingsCanBeStatutory() {
        assertThatThrownBy(() -> Narrowing.parse("max!")).hasMessageContaining("statutory");
        assertThatThrownBy(() -> Narrowing.parse("subset!")).hasMessageContaining("statutory");
    }

    @Test
    void onlyLeavingTheHeaviestValueOfAStatutoryOrderLowersIt() {
        Narrowing necessity = Narrowing.parse("order:1>3>2!");
        assertThat(Narrowings.judge(necessity, "1", "3").outcome()).isEqualTo(Outcome.LOWERED);
        assertThat(Narrowings.judge(necessity, "1", "2").outcome()).isEqualTo(Outcome.LOWERED);
        // 容缺后补 → 非必要 does not touch the statutory value: still good practice.
        assertThat(Narrowings.judge(necessity, "3", "2").outcome()).isEqualTo(Outcome.NARROWED);
        // Adding a requirement stays refused.
        assertThat(Narrowings.judge(necessity, "3", "1").outcome()).isEqualTo(Outcome.WIDENED);
        // The same order without the mark is plain narrowing.
        assertThat(Narrowings.judge(Narrowing.parse("order:1>3>2"), "1", "3").outcome()).isEqualTo(Outcome.NARROWED);
    }

    @Test
    void removingAClauseOfAStatutoryTextIsLoweredAddingOneStaysUndecidable() {
        Narrowing conditions = Narrowing.parse("text!");
        Narrowings.Judgement removed = Narrowings.judge(conditions, "（一）年满18周岁；（二）具有本市户籍。", "（一）年满18周岁。");
        assertThat(removed.outcome()).isEqualTo(Outcome.LOWERED);
        assertThat(removed.items()).containsExactly("具有本市户籍");
        assertThat(Narrowings.judge(conditions, "（一）年满18周岁。", "（一）年满18周岁；（二）具有本市户籍。").outcome())
                .isEqualTo(Outcome.UNDECIDABLE);
        assertThat(Outcome.LOWERED.route()).contains(Route.REVIEW);
    }

    @Test
    void theBuiltInCatalogueMarksAcceptanceConditionsAndMaterialNecessity() {
        ElementCatalog catalog = ElementCatalog.builtIn();
        assertThat(catalog.element(RecordKind.IMPLEMENTATION_ITEM, "acceptCondition").orElseThrow().narrowing().spec())
                .isEqualTo("text!");
        assertThat(catalog.element(RecordKind.IMPLEMENTATION_ITEM, "materials[].isNeed").orElseThrow().narrowing()
                .spec()).isEqualTo("order:1>3>2!");
    }
}
