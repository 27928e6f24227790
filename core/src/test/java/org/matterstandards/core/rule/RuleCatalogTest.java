package org.matterstandards.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

class RuleCatalogTest {

    private static RuleSet set(String id, RuleDescriptor... descriptors) {
        return new RuleSet() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<RuleDescriptor> descriptors() {
                return List.of(descriptors);
            }
        };
    }

    private static RuleDescriptor descriptor(String code, boolean locked) {
        return new RuleDescriptor(code, Severity.WARNING, Stage.RULE, Set.of(), "test", "0.1.0", locked);
    }

    private static Profile profile(String text) {
        return ProfileRegistry.builtIn().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p");
    }

    @Test
    void twoRulesMayNeverShareACode() {
        assertThatThrownBy(() -> RuleCatalog.of(List.of(set("a", descriptor("SM-0901", false)),
                set("b", descriptor("SM-0901", false)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SM-0901");
    }

    @Test
    void codesMustHaveTheDomainNumberShape() {
        assertThatThrownBy(() -> descriptor("SM-1", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> descriptor("XX-0001", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLockedRuleRefusesAProfileOverrideOrSuppression() {
        RuleCatalog catalog = BuiltInRules.catalog();
        MatterException locked = (MatterException) org.assertj.core.api.Assertions.catchThrowable(
                () -> catalog.checkProfile(profile("name=p\nparent=national\nseverity.SC-0101=WARNING\n")));
        assertThat(locked.getLocalizedMessage(Messages.ZH_CN)).contains("SC-0101").contains("已锁定");
        assertThatThrownBy(() -> catalog.checkProfile(profile("name=p\nsuppress.CD-0104=我们不想看\n")))
                .isInstanceOf(MatterException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> catalog.checkProfile(profile("name=p\nseverity.SM-9999=INFO\n")))
                .isInstanceOf(MatterException.class).hasMessageContaining("does not exist");
        catalog.checkProfile(profile("name=p\nseverity.SC-0103=ERROR\n"));
    }

    @Test
    void overridesSetTheEffectiveSeverityAndSuppressionsSetFindingsApart() {
        RuleCatalog catalog = BuiltInRules.catalog();
        Profile profile = profile("name=p\nseverity.SC-0103=ERROR\nsuppress.SC-0103=历史字段\nsuppress.SC-0103.pointer=/old\n");
        FindingFactory factory = new FindingFactory(catalog, profile, Messages.of(Messages.EN));
        RecordFindings findings = new RecordFindings(factory, 3, "ID", null);
        findings.report("SC-0103", "/bogus", Map.of("label", "bogus", "kindLabel", "x"));
        findings.report("SC-0103", "/old", Map.of("label", "old", "kindLabel", "x"));
        assertThat(findings.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.recordIndex()).isEqualTo(3);
            assertThat(finding.recordId()).isEqualTo("ID");
            assertThat(finding.message()).isEqualTo("bogus is not an element of x; it was ignored");
        });
        assertThat(findings.suppressed()).singleElement()
                .satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("历史字段"));
        assertThatThrownBy(() -> findings.report("SM-9999", "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
