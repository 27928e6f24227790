package org.matterstandards.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** A Spring Boot 4.0 application gets a working validator from two properties. */
@SpringBootTest(properties = {"matter.profile=shantou", "matter.locale=en"})
class SpringBoot4HostTest {

    /** The host application. */
    @SpringBootApplication
    static class Host {
    }

    @Autowired
    MatterValidator validator;

    @Test
    void theStarterStartsOnSpringBoot4() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        assertThat(validator.profile().name()).isEqualTo("shantou");
        assertThat(validator.locale()).isEqualTo(Messages.EN);
        Path sample = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", "../..")
                + "/examples/data/shantou-sample.json");
        var results = validator.validateAll(sample);
        assertThat(results).isNotEmpty();
        assertThat(results.stream().filter(result -> !result.valid()).flatMap(result -> result.findings().stream())
                .map(finding -> finding.code())).contains("CD-0104");
        assertThat(results.stream().map(ValidationResult::findings).flatMap(java.util.List::stream)
                .filter(finding -> finding.code().equals("CD-0104")).findFirst().orElseThrow().message())
                .contains("is not a valid task code");
    }
}
