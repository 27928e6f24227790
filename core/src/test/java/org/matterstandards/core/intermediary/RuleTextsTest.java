package org.matterstandards.core.intermediary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;

/** The im, fl and calendar bundles: every rule has its three texts, both languages have the same keys and placeholders. */
class RuleTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleTextsTest.class.getResourceAsStream("/org/matterstandards/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"im", "fl", "calendar"})
    void bothLanguagesHaveTheSameKeysAndPlaceholders(String name) throws IOException {
        Properties zh = bundle(name + "_zh_CN");
        Properties en = bundle(name + "_en");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"im", "fl"})
    void everyRuleHasATitleAMessageAndAFixAndNoOrphanTexts(String name) throws IOException {
        RuleSet set = name.equals("im") ? new IntermediaryRules() : new FilingRules();
        Properties zh = bundle(name + "_zh_CN");
        Set<String> expected = new TreeSet<>();
        for (RuleDescriptor descriptor : set.descriptors()) {
            assertThat(descriptor.domain()).isEqualTo(name.toUpperCase(java.util.Locale.ROOT));
            expected.addAll(List.of(descriptor.titleKey(), descriptor.messageKey(), descriptor.fixKey()));
        }
        Set<String> ruleKeys = new TreeSet<>(zh.stringPropertyNames());
        ruleKeys.removeIf(key -> !key.matches("[A-Z]+-\\d{4}\\..*"));
        assertThat(ruleKeys).isEqualTo(expected);
    }
}
