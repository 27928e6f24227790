package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * Validates examples/data/intermediary-services.json and list-changes.json with the Shantou profile as of
 * 2026-02-13 and compares every finding with the table in examples/data/intermediary-and-filing.md, so the
 * documentation cannot drift from the behaviour.
 *
 * <p>The SDK does not run list rules yet, so this test runs the catalogue's list rules over the bound records of
 * both files itself, through the core SPI, as one run.
 */
class IntermediaryAndFilingExamplesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 13);
    private static final List<String> FILES = List.of("intermediary-services.json", "list-changes.json");

    /** A finding as the notes' table lists it: file, record number, id, code, severity, pointer. */
    record Row(String file, long number, String id, String code, String severity, String pointer) {
    }

    @Test
    void theExampleFilesYieldExactlyTheDocumentedFindings() throws IOException {
        MatterValidator validator = MatterValidator.builder().profile("shantou").asOf(AS_OF).build();
        List<Row> actual = new ArrayList<>();
        List<ListRule.Check> checks = new ArrayList<>();
        for (ListRule rule : validator.catalog().listRules()) {
            checks.add(rule.start(validator.profile(), ReferenceData.builtIn()));
        }
        for (String file : FILES) {
            List<ValidationResult> results = validator.validateAll(ExampleFiles.examples("data/" + file));
            for (ValidationResult result : results) {
                for (Finding finding : result.findings()) {
                    actual.add(new Row(file, result.index() + 1, result.recordId(), finding.code(),
                            finding.severity().name(), finding.pointer()));
                }
                if (result.record() != null) {
                    RecordRef ref = new RecordRef(file, result.index(), result.recordId());
                    checks.forEach(check -> check.accept(ref, result.record()));
                }
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            String severity = validator.catalog().listRules().get(i).descriptor().defaultSeverity().name();
            checks.get(i).finish((ref, code, pointer, arguments) -> actual.add(
                    new Row(ref.file(), ref.index() + 1, ref.recordId(), code, severity, pointer)));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(documented());
    }

    /** The rows of the table between the expected-findings markers of the notes. */
    private static List<Row> documented() throws IOException {
        Path notes = ExampleFiles.examples("data/intermediary-and-filing.md");
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(notes, StandardCharsets.UTF_8)) {
            if (line.contains("expected-findings:start")) {
                inTable = true;
            } else if (line.contains("expected-findings:end")) {
                inTable = false;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("| file") && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                rows.add(new Row(cell(cells[1]), Long.parseLong(cell(cells[2])), cell(cells[3]), cell(cells[4]),
                        cell(cells[5]), cell(cells[6])));
            }
        }
        assertThat(rows).as("rows of the expected-findings table").isNotEmpty();
        return rows;
    }

    private static String cell(String text) {
        return text.strip().replace("`", "");
    }
}
