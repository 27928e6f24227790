package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.InputOptions;

/**
 * The Shantou sample in four formats — canonical JSON, a workbook, a GBK CSV list with companion files, exchange rows
 * — reads as the same records and gives exactly the same findings (see examples/data/inputs.md).
 */
class FormatsAgreeTest {

    private static final Path DATA = ExampleFiles.examples("data");

    private record Outcome(InputFormat format, List<String> findings, List<MatterRecord> records) {
    }

    private static Outcome validate(String file) {
        MatterValidator validator = MatterValidator.builder().profile("shantou")
                .asOf(LocalDate.of(2026, 11, 29)).build();
        List<String> findings = new ArrayList<>();
        List<MatterRecord> records = new ArrayList<>();
        InputFormat format = validator.validateAll(DATA.resolve(file), InputOptions.defaults(),
                (ValidationResult result) -> {
                    records.add(result.record());
                    for (Finding finding : result.findings()) {
                        findings.add((result.index() + 1) + " " + finding.code() + " " + finding.severity() + " "
                                + finding.pointer());
                    }
                });
        return new Outcome(format, findings, records);
    }

    @Test
    void theSampleInEveryFormatGivesTheSameFindingsAndRecords() {
        Outcome json = validate("shantou-sample.json");
        // What the canonical file must give is documented and tested by SampleDataTest; here: the same, everywhere.
        assertThat(json.findings()).contains("21 CD-0104 ERROR /taskCode", "22 SC-0102 ERROR /promiseDay",
                "23 SC-0101 ERROR /acceptCondition", "24 SC-0103 WARNING /remarks", "25 CD-0101 ERROR /deptCode");
        assertThat(json.records()).hasSize(30);
        Outcome xlsx = validate("shantou-sample.xlsx");
        Outcome csv = validate("shantou-sample-gbk.csv");
        Outcome exchange = validate("shantou-sample.exchange.json");
        assertThat(List.of(xlsx.format(), csv.format(), exchange.format()))
                .containsExactly(InputFormat.XLSX, InputFormat.CSV, InputFormat.EXCHANGE);
        for (Outcome other : List.of(xlsx, csv, exchange)) {
            assertThat(other.findings()).as(other.format().id()).isEqualTo(json.findings());
            assertThat(other.records()).as(other.format().id()).isEqualTo(json.records());
        }
    }
}
