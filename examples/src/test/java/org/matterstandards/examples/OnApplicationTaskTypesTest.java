package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.stats.Figures;
import org.matterstandards.sdk.stats.Statistics;

/**
 * Which 事项类型 are on application (依申请) is the {@code application} tag of the profile's 事项类型 table, read by
 * rule SM-0101 and by the statistics alike: a 行政征收 implementation item (the Shantou report counts 19 among its
 * 698 依申请 items) uploads clean under {@code shantou} and counts as a service matter there, while the national table
 * keeps 征收 ex officio, so there the rule refuses it and the statistics leave it out of every share.
 */
class OnApplicationTaskTypesTest {

    private static final Path LEVY = RepositoryPaths.fixtures().resolve("SM-0101/valid-levy.json");

    private static ValidationResult validate(String profile) throws IOException {
        return MatterValidator.builder().profile(profile).asOf(LocalDate.of(2026, 11, 29)).build()
                .validate(Files.readString(LEVY, StandardCharsets.UTF_8));
    }

    private static Figures count(String profile, ValidationResult result) {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get(profile));
        statistics.accept(result.record());
        return statistics.report().overall();
    }

    @Test
    void aLevyImplementationItemUploadsCleanUnderShantouAndCountsOnApplication() throws IOException {
        ValidationResult result = validate("shantou");
        assertThat(result.findings()).extracting(Finding::code).isEmpty();
        Figures figures = count("shantou", result);
        assertThat(figures.implementationItems()).isEqualTo(1);
        assertThat(figures.serviceItems()).isEqualTo(1);
    }

    @Test
    void theNationalTableKeepsLeviesExOfficioInTheRuleAndInTheStatistics() throws IOException {
        ValidationResult result = validate("national");
        assertThat(result.findings()).extracting(Finding::code).contains("SM-0101");
        Figures figures = count("national", result);
        assertThat(figures.implementationItems()).isEqualTo(1);
        assertThat(figures.serviceItems()).isZero();
    }
}
