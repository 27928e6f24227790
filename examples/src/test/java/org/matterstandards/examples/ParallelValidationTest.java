package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

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

    private static List<ValidationResult> validate(int threads, byte[] ndjson) {
        MatterValidator validator = MatterValidator.builder().profile("shantou").asOf(LocalDate.of(2026, 6, 1))
                .threads(threads).build();
        assertThat(validator.threads()).isEqualTo(threads);
        List<ValidationResult> results = new ArrayList<>();
        validator.validateAll(new ByteArrayInputStream(ndjson), "items.ndjson", true, results::add);
        return results;
    }
}
