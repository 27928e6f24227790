package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.checks.LocalChecks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;

/**
 * An embedder's own rule renders its own texts: {@link LocalChecks} reports SM-9001, whose texts only its own bundle
 * carries, registered through {@code META-INF/services} of the test classpath.
 */
class EmbedderMessagesTest {

    private static List<Finding> localFindings(Locale locale) {
        MatterValidator validator = MatterValidator.builder().profile("shantou").locale(locale)
                .addRuleSet(new LocalChecks()).asOf(LocalDate.of(2026, 11, 29)).build();
        return validator.validateAll(TestData.SAMPLE).stream()
                .flatMap(result -> result.findings().stream())
                .filter(finding -> finding.code().equals(LocalChecks.NO_REVIEW_REFERENCE))
                .toList();
    }

    @Test
    void theEmbeddersRuleSpeaksChinese() {
        List<Finding> findings = localFindings(Messages.ZH_CN);
        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding.message())
                .isEqualTo("事项「" + finding.arguments().get("taskName") + "」缺少本地复核文号"));
        assertThat(Messages.of(Messages.ZH_CN).get("SM-9001.title")).isEqualTo("缺少本地复核文号");
    }

    @Test
    void theEmbeddersRuleSpeaksEnglish() {
        List<Finding> findings = localFindings(Messages.EN);
        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding.message())
                .isEqualTo("Item \"" + finding.arguments().get("taskName") + "\" has no local review reference"));
        assertThat(Messages.of(Messages.EN).get("SM-9001.fix"))
                .isEqualTo("Give the reference number of the local review.");
    }

    @Test
    void anAddedBundleCannotChangeABuiltInText() {
        assertThat(Messages.of(Messages.ZH_CN).get("el.value.none")).isEqualTo("无");
        assertThat(Messages.of(Messages.EN).get("el.value.none")).isEqualTo("none");
    }

    @Test
    void theSdkRegistersItsOwnAreasAndTheEmbedderItsBundle() {
        assertThat(Messages.baseNames()).contains("org.matterstandards.i18n.core", "org.matterstandards.i18n.report",
                "com.example.checks.checks");
        // A text of the SDK's own report area, which core no longer lists.
        assertThat(Messages.of(Messages.EN).has("report.title")).isTrue();
    }
}
