package org.matterstandards.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;

class ProfileRegistryTest {

    private final ProfileRegistry registry = ProfileRegistry.builtIn();

    private Profile load(String text) {
        return registry.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties");
    }

    @Test
    void everyShantouDistrictInheritsThroughShantouGuangdongAndNational() {
        for (String district : new String[] {"440507", "440511", "440512", "440513", "440514", "440515", "440523"}) {
            Profile profile = registry.get(district);
            assertThat(profile.chain()).endsWith("shantou", "guangdong", "national");
            assertThat(profile.regionCode()).contains(district);
            assertThat(profile.setting("local.telephoneAreaCode")).contains("0754");
        }
        assertThat(registry.get("longhu").title(Messages.ZH_CN)).isEqualTo("汕头市龙湖区");
        assertThat(registry.get("national").regionCode()).isEmpty();
    }

    @Test
    void nearerProfilesWinAndSettingsMergeAlongTheChain() {
        Profile profile = load("""
                name=my-district
                parent=shantou
                region=440507
                local.telephoneAreaCode=0755
                severity.SC-0103=INFO
                suppress.SC-0103=本区系统导出附加字段，无需提示
                suppress.SC-0103.pointer=/remarks
                """);
        assertThat(profile.setting("local.telephoneAreaCode")).contains("0755");
        assertThat(profile.settings("divisions.")).containsEntry("divisions.acceptCityLevelPseudoCodes", "true");
        assertThat(profile.severityOverrides()).containsEntry("SC-0103", Severity.INFO);
        assertThat(profile.suppressions()).singleElement().satisfies(suppression -> {
            assertThat(suppression.reason()).isEqualTo("本区系统导出附加字段，无需提示");
            assertThat(suppression.covers("SC-0103", "/remarks")).isTrue();
            assertThat(suppression.covers("SC-0103", "/remarks/0")).isTrue();
            assertThat(suppression.covers("SC-0103", "/remarksOther")).isFalse();
            assertThat(suppression.covers("SC-0101", "/remarks")).isFalse();
        });
    }

    @Test
    void refusesTyposMissingReasonsAndUnknownParentsWithTheSourceNamed() {
        assertThatThrownBy(() -> load("name=x\nparent=national\nlocal.areaCode=0754\nsevirity.SC-0101=INFO\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("test.properties")
                .hasMessageContaining("sevirity.SC-0101");
        assertThatThrownBy(() -> load("name=x\nsuppress.SC-0103=\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> load("name=x\nparent=atlantis\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("atlantis");
        assertThatThrownBy(() -> load("name=x\nseverity.SC-0103=FATAL\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("FATAL");
        assertThatThrownBy(() -> load("parent=national\n"))
                .isInstanceOf(MatterException.class).hasMessageContaining("name");
    }

    @Test
    void anUnknownProfileNamesTheKnownOnesInTheUsersLanguage() {
        MatterException error = (MatterException) org.assertj.core.api.Assertions.catchThrowable(
                () -> registry.get("beijing"));
        assertThat(error.getLocalizedMessage(Messages.ZH_CN)).startsWith("未知的配置“beijing”").contains("shantou");
        assertThat(error.getMessage()).startsWith("Unknown profile \"beijing\"");
    }
}
