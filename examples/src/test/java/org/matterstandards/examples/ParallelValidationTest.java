package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.input.InputException;

/** Validation on several threads gives every result of one thread, in input order (多线程校验). */
class ParallelValidationTest {

    @Test
    void threeThreadsGiveTheResultsOfOneInInputOrder() {
        StringWriter out = new StringWriter();
        // More records than the in-flight window of 3 × 64, with a quarter of them wrong.
        ImplementationItemGenerator.write(700, 0.25, ImplementationItemGenerator.SEED, out);
        byte[] ndjson = out.toString().getBytes(StandardCharsets.UTF_8);
        List<ValidationResult> one = validate(1, ndjson);
        List<ValidationResult> three = validate(3, ndjson);
        assertThat(one).hasSize(700);
        assertThat(three).extracting(ValidationResult::index).containsExactlyElementsOf(
                one.stream().map(ValidationResult::index).toList());
        assertThat(three).extracting(ValidationResult::findings).containsExactlyElementsOf(
                one.stream().map(ValidationResult::findings).toList());
        assertThat(one.stream().filter(result -> !result.findings().isEmpty())).hasSizeGreaterThan(100);
    }

    /**
     * With several threads the JSON reader hands records over unparsed and the workers parse them; every JSON and
     * NDJSON file of the examples and fixtures (the hostile corpus included: unclosed arrays, trailing text, broken
     * lines, a first record that cannot be read) must give what one thread gives, result for result, and fail alike.
     */
    @Test
    void recordsParsedOnTheWorkersGiveTheResultsOfOneThread() throws IOException {
        MatterValidator one = MatterValidator.builder().asOf(LocalDate.of(2026, 6, 1)).build();
        MatterValidator two = MatterValidator.builder().asOf(LocalDate.of(2026, 6, 1)).threads(2).build();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(RepositoryPaths.root().resolve("examples").resolve("data")),
                Files.walk(RepositoryPaths.fixtures()))) {
            files = walk.filter(file -> file.toString().matches(".*\\.(json|ndjson|jsonl)$")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        int records = 0;
        for (Path file : files) {
            Object expected = outcome(one, file);
            assertThat(outcome(two, file)).as(file.toString()).isEqualTo(expected);
            records += expected instanceof List<?> results ? results.size() : 0;
        }
        assertThat(records).isGreaterThan(500);
    }

    /** The results of a file, or the message of the InputException when the file as a whole cannot be read. */
    private static Object outcome(MatterValidator validator, Path file) {
        List<ValidationResult> results = new ArrayList<>();
        try {
            validator.validateAll(file, results::add);
            return results;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    private static List<ValidationResult> validate(int threads, byte[] ndjson) {
        MatterValidator validator = MatterValidator.builder().profile("shantou").asOf(LocalDate.of(2026, 6, 1))
                .threads(threads).build();
        assertThat(validator.threads()).isEqualTo(threads);
        List<ValidationResult> results = new ArrayList<>();
        validator.validateAll(new ByteArrayInputStream(ndjson), "items.ndjson", true, results::add);
        return results;
    }
}
