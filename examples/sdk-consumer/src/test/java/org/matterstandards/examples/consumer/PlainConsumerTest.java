package org.matterstandards.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/** A host with only {@code matter-standards-sdk} on its class path (纯 SDK 使用方). */
class PlainConsumerTest {

    private static final Path REPO = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", "../.."));

    @Test
    void theClassPathHasNoCliNoExcelAndNoLogging() {
        List<String> jars = Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        assertThat(jars).isNotEmpty().noneMatch(jar -> jar.contains("picocli") || jar.contains("poi")
                || jar.contains("log4j") || jar.contains("xmlbeans") || jar.contains("commons-compress"));
        assertThat(jars).anyMatch(jar -> jar.contains("hibernate-validator"));
        assertThat(isLoadable("picocli.CommandLine")).isFalse();
        assertThat(isLoadable("org.apache.poi.ss.usermodel.Workbook")).isFalse();
        assertThat(isLoadable("org.apache.logging.log4j.LogManager")).isFalse();
    }

    @Test
    void aPlainValidatorPrintsNoLog4jComplaint() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<ValidationResult> results;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            results = MatterValidator.builder().profile("shantou").build()
                    .validateAll(REPO.resolve("examples/data/shantou-sample.json"));
        } finally {
            System.setErr(original);
        }
        assertThat(results.size()).as("records").isPositive();
        assertThat(results.stream().filter(result -> !result.valid()).count()).as("records with errors").isPositive();
        // networknt logs through SLF4J, which says once that the host has no provider (a Spring Boot host has one);
        // what must not appear is POI's "Log4j API could not find a logging provider".
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase("log4j")
                .doesNotContain("ERROR");
    }

    @Test
    void anExcelFileNamesTheArtifactToAddInsteadOfFailingWithNoClassDefFoundError() {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        Path workbook = REPO.resolve("examples/data/shantou-sample.xlsx");
        assertThatThrownBy(() -> validator.validateAll(workbook))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN))
                            .contains("shantou-sample.xlsx", "类路径上没有 Excel", "org.apache.poi:poi-ooxml");
                    assertThat(e.getLocalizedMessage(Messages.EN))
                            .contains("Excel (.xlsx) support is not on the class path", "org.apache.poi:poi-ooxml");
                });
    }

    private static boolean isLoadable(String className) {
        try {
            Class.forName(className, false, PlainConsumerTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
