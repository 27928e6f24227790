package org.matterstandards.core.rule.el;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

class TierRulesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void everyRuleIsRegisteredTranslatedAndUsesTheSamePlaceholdersInBothLanguages() {
        TierRules rules = new TierRules();
        assertThat(rules.id()).isEqualTo("el");
        assertThat(rules.descriptors()).hasSize(12);
        for (RuleDescriptor descriptor : rules.descriptors()) {
            assertThat(BuiltInRules.catalog().descriptor(descriptor.code())).contains(descriptor);
            assertThat(descriptor.stage()).isEqualTo(Stage.LIST);
            assertThat(descriptor.locked()).isFalse();
            for (String key : new String[] {descriptor.titleKey(), descriptor.messageKey(), descriptor.fixKey()}) {
                String zh = Messages.of(Messages.ZH_CN).raw(key);
                String en = Messages.of(Messages.EN).raw(key);
                assertThat(zh).as(key + " zh").isNotBlank();
                assertThat(en).as(key + " en").isNotBlank();
                assertThat(placeholders(zh)).as(key).isEqualTo(placeholders(en));
            }
        }
    }

    @Test
    void errorsAreWhatBlocksAnUpload() {
        TierRules rules = new TierRules();
        assertThat(rules.descriptors()).filteredOn(d -> d.defaultSeverity() == Severity.ERROR)
                .extracting(RuleDescriptor::code)
                .containsExactly(TierRules.LOCKED_CHANGED, TierRules.WIDENED, TierRules.DUPLICATE);
        assertThat(BuiltInRules.catalog().descriptor(TierRules.NARROWED).orElseThrow().defaultSeverity())
                .isEqualTo(Severity.INFO);
    }
}
