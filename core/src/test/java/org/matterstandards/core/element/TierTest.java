package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;

class TierTest {

    @Test
    void digitsFollowTheUseLevelTable() {
        assertThat(Tier.values()).extracting(Tier::digit).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Tier.ofDigit(4)).isEqualTo(Tier.COUNTY);
        assertThatThrownBy(() -> Tier.ofDigit(7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tier.ofCode(" 3 ")).contains(Tier.MUNICIPAL);
        assertThat(Tier.ofCode("7")).isEmpty();
        assertThat(Tier.ofCode("34")).isEmpty();
        assertThat(Tier.ofCode(null)).isEmpty();
    }

    @Test
    void readsTheTierOfAnImplementingBodyFromItsTaskCode() {
        assertThat(Tier.ofTaskCode(ShantouItems.CITY_TASK)).contains(Tier.MUNICIPAL);
        assertThat(Tier.ofTaskCode(ShantouItems.DISTRICT_TASK)).contains(Tier.COUNTY);
        assertThat(Tier.ofTaskCode("11440500007523015Y7440101002000")).isEmpty();
        assertThat(Tier.ofTaskCode(null)).isEmpty();
    }

    @Test
    void higherTiersHaveSmallerDigits() {
        assertThat(Tier.MUNICIPAL.isAbove(Tier.COUNTY)).isTrue();
        assertThat(Tier.COUNTY.isAbove(Tier.COUNTY)).isFalse();
        assertThat(Tier.VILLAGE.isAbove(Tier.NATIONAL)).isFalse();
        assertThat(Tier.TOWNSHIP.label(Messages.ZH_CN)).isEqualTo("镇（乡、街道）级");
        assertThat(Tier.MUNICIPAL.label(Messages.EN)).isEqualTo("municipal");
    }
}
