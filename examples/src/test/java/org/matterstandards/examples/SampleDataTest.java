package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/** The example data yields exactly the findings that examples/data/README.md documents. */
class SampleDataTest {

    private static final Path DATA = Path.of("data");

    @TestFactory
    List<DynamicTest> everyDocumentedFileYieldsExactlyItsDocumentedFindings() throws IOException {
        List<ExpectedFindings.Table> tables = ExpectedFindings.read(DATA.resolve("README.md"));
        assertThat(tables).as("expected-findings tables in data/README.md").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (ExpectedFindings.Table table : tables) {
            tests.add(DynamicTest.dynamicTest(table.file() + " under " + table.profile(), () -> {
                MatterValidator validator = MatterValidator.builder()
                        .profile(table.profile())
                        .asOf(LocalDate.of(2026, 11, 29))
                        .build();
                List<ExpectedFindings.Row> actual = new ArrayList<>();
                for (ValidationResult result : validator.validateAll(DATA.resolve(table.file()))) {
                    for (Finding finding : result.findings()) {
                        actual.add(new ExpectedFindings.Row(result.index() + 1, finding.code(),
                                finding.severity().name(), finding.pointer()));
                    }
                }
                assertThat(actual).containsExactlyInAnyOrderElementsOf(table.rows());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyRecordOfTheSampleBindsToTheModel() {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        List<DynamicTest> tests = new ArrayList<>();
        for (ValidationResult result : validator.validateAll(DATA.resolve("shantou-sample.json"))) {
            tests.add(DynamicTest.dynamicTest("record " + (result.index() + 1), () -> {
                // Record 22 carries a text where a number belongs: it binds, with that element left empty.
                assertThat(result.record()).as("bound model of record %d", result.index() + 1).isNotNull();
                assertThat(result.kind()).hasToString("IMPLEMENTATION_ITEM");
            }));
        }
        assertThat(tests).hasSize(30);
        return tests;
    }
}
