package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * Runs the fixtures of the IM- and FL- record rules: {@code valid*.json} must not produce the folder's code,
 * {@code invalid*.json} must. A folder's {@code as-of.txt} fixes the date deadlines are judged at; without it the
 * fixture does not depend on the date.
 */
class IntermediaryAndFilingFixturesTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(ExampleFiles.examples("fixtures"))) {
            List<Path> mine = folders.filter(folder -> folder.getFileName().toString().matches("(IM|FL)-\\d{4}"))
                    .sorted().toList();
            assertThat(mine).hasSizeGreaterThanOrEqualTo(18);
            return mine.stream().flatMap(IntermediaryAndFilingFixturesTest::jsonFiles);
        }
    }

    private static Stream<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureShowsItsRule(Path fixture) throws IOException {
        String code = fixture.getParent().getFileName().toString();
        Path asOfFile = fixture.resolveSibling("as-of.txt");
        MatterValidator.Builder builder = MatterValidator.builder();
        if (Files.exists(asOfFile)) {
            builder.asOf(LocalDate.parse(Files.readString(asOfFile, StandardCharsets.UTF_8).strip()));
        }
        List<ValidationResult> results = builder.build().validateAll(fixture);
        assertThat(results).hasSize(1);
        List<String> codes = results.get(0).findings().stream().map(Finding::code).toList();
        if (fixture.getFileName().toString().startsWith("invalid")) {
            assertThat(codes).as("findings of %s", fixture).contains(code);
        } else {
            assertThat(codes).as("findings of %s", fixture).doesNotContain(code);
            assertThat(results.get(0).valid()).as("%s passes", fixture).isTrue();
        }
    }
}
