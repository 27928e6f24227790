package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem and kind has Chinese and English text; placeholders are the documented ones. */
class CodeMessagesTest {

    private static final String BUNDLE = "org.matterstandards.i18n.codes";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static ResourceBundle bundle(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        assertThat(bundle.getLocale()).as("no fallback to another locale").isEqualTo(locale);
        return bundle;
    }

    private static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (CodeProblem problem : CodeProblem.values()) {
            keys.add(problem.messageKey());
        }
        for (CodeKind kind : CodeKind.values()) {
            keys.add(kind.messageKey());
        }
        return keys;
    }

    @Test
    void chineseBundleHasEveryKeyInChinese() {
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys());
        for (String key : expectedKeys()) {
            assertThat(HAN.matcher(zh.getString(key)).find()).as(key).isTrue();
        }
        assertThat(zh.getString("code.kind.uscc")).isEqualTo("统一社会信用代码");
        assertThat(zh.getString("code.kind.taskCode")).isEqualTo("实施编码");
    }

    @Test
    void englishBundleHasEveryKeyInEnglish() {
        ResourceBundle en = bundle(Locale.ENGLISH);
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys());
        for (String key : expectedKeys()) {
            assertThat(HAN.matcher(en.getString(key)).find()).as(key).isFalse();
            assertThat(en.getString(key)).as(key).isNotBlank();
        }
        assertThat(en.getString("code.kind.caseNumber")).isEqualTo("case number");
    }

    @Test
    void placeholdersAreOnlyPositionAndDetail() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle messages = bundle(locale);
            for (String key : messages.keySet()) {
                Matcher matcher = PLACEHOLDER.matcher(messages.getString(key));
                while (matcher.find()) {
                    assertThat(matcher.group(1)).as(locale + " " + key).isIn("position", "detail");
                }
            }
        }
    }

    @Test
    void noValidationMessagesBundleIsShipped() {
        // The host application's own ValidationMessages.properties must not be shadowed by ours.
        assertThat(getClass().getResource("/ValidationMessages.properties")).isNull();
        assertThat(getClass().getResource("/ValidationMessages_zh_CN.properties")).isNull();
    }
}
