package org.matterstandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.MatterValidator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter on Spring Boot 3.5 (Surefire runs under fr_FR and America/Los_Angeles). */
class MatterAutoConfigurationTest {

    private static final Path REPO = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", ".."));

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MatterAutoConfiguration.class, MatterActuatorAutoConfiguration.class));

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), MatterValidator.CHINA);
    }

    @Test
    void twoPropertiesGiveAWorkingValidator() {
        runner.withPropertyValues("matter.profile=shantou", "matter.locale=en", "matter.as-of=2026-12-03")
                .run(context -> {
                    MatterValidator validator = context.getBean(MatterValidator.class);
                    assertThat(validator.profile().name()).isEqualTo("shantou");
                    assertThat(validator.locale()).isEqualTo(Messages.EN);
                    assertThat(validator.asOf()).isEqualTo(LocalDate.of(2026, 12, 3));
                    long withErrors = validator.validateAll(REPO.resolve("examples/data/shantou-sample.json"))
                            .stream().filter(result -> !result.valid()).count();
                    assertThat(withErrors).isPositive();
                });
    }

    @Test
    void aProfileFileOfTheHostWins() {
        runner.withPropertyValues("matter.profile=shantou",
                "matter.profile-file=" + REPO.resolve("examples/profiles/guangxi-lingshan.properties"))
                .run(context -> assertThat(context.getBean(MatterValidator.class).profile().name())
                        .isNotEqualTo("shantou").contains("lingshan"));
    }

    @Test
    void aWrongLocaleStopsTheStartWithAClearMessage() {
        runner.withPropertyValues("matter.locale=fr").run(context -> assertThat(context.getStartupFailure())
                .rootCause().hasMessageContaining("unsupported locale 'fr'"));
    }

    @Test
    void theHostsOwnValidatorReplacesTheAutoConfiguredOne() {
        MatterValidator own = MatterValidator.builder().profile("longhu").build();
        runner.withBean(MatterValidator.class, () -> own).run(context ->
                assertThat(context.getBean(MatterValidator.class)).isSameAs(own));
    }

    @Test
    void theCalendarEndingWithin60DaysTakesTheServiceOutOfService() {
        runner.withBean(Clock.class, () -> at("2026-12-03T02:00:00Z")).run(context -> {
            Health health = context.getBean(CalendarHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat((String) health.getDetails().get("message"))
                    .startsWith("工作日历").contains("2026-12-31", "60", "2027-02-01")
                    .contains(" / The working-day calendar").doesNotContain("calendrier");
        });
        runner.withBean(Clock.class, () -> at("2026-10-01T02:00:00Z")).run(context ->
                assertThat(context.getBean(CalendarHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP));
        runner.withBean(Clock.class, () -> at("2027-01-04T02:00:00Z")).run(context ->
                assertThat(context.getBean(CalendarHealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void infoNamesTheReferenceDataVersions() {
        runner.run(context -> {
            Info.Builder builder = new Info.Builder();
            context.getBean(MatterInfoContributor.class).contribute(builder);
            @SuppressWarnings("unchecked")
            Map<String, Object> matter = (Map<String, Object>) builder.build().getDetails().get("matter");
            MatterValidator validator = context.getBean(MatterValidator.class);
            assertThat(matter).containsEntry("referenceData", validator.referenceData().version())
                    .containsEntry("calendar", validator.referenceData().calendar().version())
                    .containsEntry("profile", "national").containsKeys("tool", "ruleSet", "schemas", "divisions");
        });
    }

    @Test
    void theMetadataOffersEveryPropertyForCompletion() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"matter.profile\"",
                    "\"matter.profile-file\"", "\"matter.locale\"", "\"matter.as-of\"",
                    "\"matter.calendar-horizon-days\"", "Built-in profile name");
        }
    }
}
