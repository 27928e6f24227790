package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matterstandards.core.code.DivisionTable;

class RegionsTest {

    private static final DivisionTable GUANGDONG = DivisionTable.builtIn();

    @Test
    void placesShantouDivisionsTownsAndPseudoCodes() {
        assertThat(Regions.isWithin(GUANGDONG, "440507", "440500")).isTrue();
        assertThat(Regions.isWithin(GUANGDONG, "440523", "440500")).isTrue();
        assertThat(Regions.isWithin(GUANGDONG, "440599", "440500")).isTrue();
        assertThat(Regions.isWithin(GUANGDONG, "440507001", "440507")).isTrue();
        assertThat(Regions.isWithin(GUANGDONG, "440106", "440500")).isFalse();
        assertThat(Regions.isWithin(GUANGDONG, "440500", "440507")).isFalse();
        assertThat(Regions.isWithin(GUANGDONG, "440500", "440000")).isTrue();
    }

    @Test
    void fallsBackToTheCodeShapeForAProvinceTheTableDoesNotCover() {
        assertThat(Regions.isWithin(GUANGDONG, "420102", "420100")).isTrue();
        assertThat(Regions.isWithin(GUANGDONG, "420502", "420100")).isFalse();
        assertThat(Regions.isWithin(GUANGDONG, "420502", "420000")).isTrue();
    }

    @Test
    void tellsTheTierOfADivision() {
        assertThat(Regions.tier(GUANGDONG, "440000")).hasValue(2);
        assertThat(Regions.tier(GUANGDONG, "440500")).hasValue(3);
        assertThat(Regions.tier(GUANGDONG, "440599")).hasValue(3);
        assertThat(Regions.tier(GUANGDONG, "440513")).hasValue(4);
        assertThat(Regions.tier(GUANGDONG, "4405")).isEmpty();
        assertThat(Regions.tier(GUANGDONG, null)).isEmpty();
    }
}
