package org.matterstandards.examples.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.matterstandards.sdk.MatterValidator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every test of the service shares, so that Spring starts one context for all of them: a fixed clock on
 * 2026-12-03 in Shanghai (the calendar health depends on "today"). The test classes also give the same
 * {@code properties} (small body limits), which is what lets Spring reuse the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTestSetup {

    /** The repository root. */
    public static final Path REPO = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", "../.."));

    /** @return the clock of the health indicator */
    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), MatterValidator.CHINA);
    }
}
