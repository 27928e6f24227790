package org.matterstandards.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void rendersNamedArgumentsInChineseAndEnglishWhateverTheJvmDefault() {
        // Surefire runs with a French default locale: neither language may fall back to it.
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("fr");
        assertThat(Messages.of(Messages.ZH_CN).format("SC-0101.message", Map.of("label", "受理条件")))
                .isEqualTo("缺少必填要素 受理条件");
        assertThat(Messages.of(Messages.EN).format("SC-0101.message", Map.of("label", "acceptCondition")))
                .isEqualTo("Required element acceptCondition is missing or empty");
    }

    @Test
    void joinsListArgumentsWithTheLanguagesSeparator() {
        Map<String, Object> args = Map.of("kinds", List.of("a", "b"));
        assertThat(Messages.of(Messages.ZH_CN).format("SC-0003.message", args)).contains("a、b");
        assertThat(Messages.of(Messages.EN).format("SC-0003.message", args)).contains("a, b");
    }

    @Test
    void leavesAMissingArgumentVisibleAndNamesAMissingKey() {
        assertThat(Messages.of(Messages.EN).format("SC-0101.message", Map.of())).contains("{label}");
        assertThat(Messages.of(Messages.EN).format("no.such.key", Map.of("x", 1))).isEqualTo("no.such.key {x=1}");
        assertThat(Messages.of(Messages.EN).has("no.such.key")).isFalse();
    }

    @Test
    void mapsLanguageTagsAndRefusesOtherLanguages() {
        assertThat(Messages.parseLocale("zh-CN")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.parseLocale("zh_TW")).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.parseLocale("en-US")).isEqualTo(Messages.EN);
        assertThatThrownBy(() -> Messages.parseLocale("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zh-CN or en");
        assertThatThrownBy(() -> Messages.of(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class);
    }
}
