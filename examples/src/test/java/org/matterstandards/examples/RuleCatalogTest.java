package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;

/**
 * Every rule of the built-in catalogue, in every domain and whoever added it, is documented: a well-formed code used by
 * one rule only, a source and a since-version, and a title, message and fix hint in zh-CN and in English whose
 * placeholders agree.
 */
class RuleCatalogTest {

    /** DOMAIN-NNNN where NN is 00 (reading input) or one of the convention's groups 01–05. */
    private static final Pattern CODE = Pattern.compile("(SC|CD|CT|SM|PW|EL|IM|FL|SYS)-0[0-5]\\d{2}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Messages ZH = Messages.of(Messages.ZH_CN);
    private static final Messages EN = Messages.of(Messages.EN);

    private static List<RuleDescriptor> descriptors() {
        return BuiltInRules.catalog().descriptors();
    }

    @Test
    void codesAreWellFormedAndUsedByOneRuleOnly() {
        Map<String, RuleDescriptor> byCode = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (RuleSet set : BuiltInRules.ruleSets()) {
            for (RuleDescriptor descriptor : set.descriptors()) {
                RuleDescriptor previous = byCode.putIfAbsent(descriptor.code(), descriptor);
                if (previous != null && previous != descriptor) {
                    clashes.add(descriptor.code() + " in " + set.id());
                }
            }
        }
        assertThat(clashes).as("codes declared twice").isEmpty();
        assertThat(descriptors()).extracting(RuleDescriptor::code)
                .allSatisfy(code -> assertThat(code).matches(CODE));
    }

    @Test
    void everyRuleNamesItsSourceAndVersion() {
        assertThat(descriptors()).allSatisfy(descriptor -> {
            assertThat(descriptor.source()).as("source of %s", descriptor.code()).isNotBlank();
            assertThat(descriptor.since()).as("since of %s", descriptor.code()).matches("\\d+\\.\\d+\\.\\d+");
        });
    }

    @Test
    void everyRuleHasTitleMessageAndFixInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (RuleDescriptor descriptor : descriptors()) {
            for (String key : List.of(descriptor.titleKey(), descriptor.messageKey(), descriptor.fixKey())) {
                for (Messages messages : List.of(ZH, EN)) {
                    String text = messages.raw(key);
                    if (text == null || text.isBlank()) {
                        missing.add(key + " [" + messages.locale().toLanguageTag() + "]");
                    }
                }
            }
        }
        assertThat(missing).as("missing rule texts").isEmpty();
    }

    @Test
    void chineseAndEnglishTextsUseTheSamePlaceholders() {
        for (RuleDescriptor descriptor : descriptors()) {
            for (String key : List.of(descriptor.titleKey(), descriptor.messageKey(), descriptor.fixKey())) {
                Set<String> zh = placeholders(ZH.raw(key));
                Set<String> en = placeholders(EN.raw(key));
                // A text may name a locale's own label (projectTypeZh / projectTypeEn): compare without the suffix.
                assertThat(stripLanguage(zh)).as("placeholders of %s", key).isEqualTo(stripLanguage(en));
            }
        }
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : Messages.baseNames()) {
            ResourceBundle zh;
            ResourceBundle en;
            try {
                zh = ResourceBundle.getBundle(name, Messages.ZH_CN, noFallback);
                en = ResourceBundle.getBundle(name, Messages.EN, noFallback);
            } catch (MissingResourceException absent) {
                continue; // an area without texts yet
            }
            assertThat(new TreeSet<>(zh.keySet())).as("keys of bundle %s, zh-CN vs en", name)
                    .isEqualTo(new TreeSet<>(en.keySet()));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Set<String> stripLanguage(Set<String> names) {
        Set<String> stripped = new TreeSet<>();
        for (String name : names) {
            stripped.add(name.replaceAll("(Zh|En)$", ""));
        }
        return stripped;
    }
}
