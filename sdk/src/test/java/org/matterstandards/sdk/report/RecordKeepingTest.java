package org.matterstandards.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.TestData;
import org.matterstandards.sdk.io.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that keeps its records in a spool file, or only counts them, says exactly what a report that keeps them
 * in memory says (报告记录的保存方式): the same JSON and HTML bytes, the same counts, list findings included.
 */
class RecordKeepingTest {

    private static final Instant STARTED = Instant.parse("2026-02-13T02:00:00Z");
    private static final Instant FINISHED = STARTED.plusSeconds(7);

    /**
     * The example files in every input format as one run: the intermediary list twice, so that its list rule reports
     * duplicates across the two copies (both named alike: the later copy's records get them), plus records with
     * findings of every severity and suppressed ones.
     */
    private static final List<String> FILES = List.of("shantou-sample.json", "shantou-sample.xlsx",
            "shantou-sample-gbk.csv", "intermediary-services.json", "list-changes.json", "intermediary-services.json",
            "sichuan-example-invalid.json", "shantou-sample.exchange.json");

    @TempDir
    Path folder;

    @Test
    void aSpooledReportWritesTheSameJsonAndHtmlAsAReportInMemory() throws IOException {
        // Suppresses one record rule and one list rule (IM-0402), so that suppressed list findings are attached too.
        Path profileFile = folder.resolve("suppressing.properties");
        Files.writeString(profileFile, """
                name=test
                parent=shantou
                title.zh=测试
                title.en=Test
                suppress.SM-0314=测试用豁免
                suppress.IM-0402=测试用豁免
                """, StandardCharsets.UTF_8);
        MatterValidator validator = MatterValidator.builder().profile(ProfileRegistry.builtIn().load(profileFile))
                .asOf(LocalDate.of(2026, 2, 13)).build();
        ValidationReport inMemory = builder(validator).build();
        try (ValidationReport spooled = builder(validator).spoolRecordsIn(folder).build();
             ValidationReport counted = builder(validator).withoutRecords().withoutStatistics().build()) {
            List<ValidationReport> reports = List.of(inMemory, spooled, counted);
            List<Batch.ListFinding> listFindings = run(validator, reports);
            assertThat(listFindings).as("the run must exercise list findings, standing and suppressed")
                    .anyMatch(Batch.ListFinding::suppressed).anyMatch(finding -> !finding.suppressed());
            assertThat(inMemory.recordCount()).isGreaterThan(100);

            assertThat(json(spooled)).isEqualTo(json(inMemory));
            assertThat(html(spooled, HtmlLimits.DEFAULTS)).isEqualTo(html(inMemory, HtmlLimits.DEFAULTS));
            // With caps the run exceeds, so that the cut record table and capped samples are compared too.
            HtmlLimits small = new HtmlLimits(3, 40, 10, 5);
            assertThat(html(spooled, small)).isEqualTo(html(inMemory, small)).contains("records-cut");
            for (ValidationReport report : List.of(spooled, counted)) {
                assertThat(report.recordCount()).isEqualTo(inMemory.recordCount());
                assertThat(report.validCount()).isEqualTo(inMemory.validCount());
                assertThat(report.suppressedCount()).isEqualTo(inMemory.suppressedCount());
                assertThat(report.findingsBySeverity()).isEqualTo(inMemory.findingsBySeverity());
                assertThat(report.ruleCounts()).isEqualTo(inMemory.ruleCounts());
                assertThat(report.recordsByKind()).isEqualTo(inMemory.recordsByKind());
                assertThat(report.skippedStages()).isEqualTo(inMemory.skippedStages());
            }
            assertThat(spooled.records()).hasSameSizeAs(inMemory.records());
            assertThat(spooled.records().get(7).result().findings())
                    .extracting("code", "message", "pointer", "location")
                    .isEqualTo(inMemory.records().get(7).result().findings().stream()
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.message(), f.pointer(),
                                    f.location()))
                            .toList());
        }
    }

    @Test
    void aReportThatOnlyCountsRefusesWhatItDoesNotKeep() {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        ValidationReport counted = builder(validator).withoutRecords().withoutStatistics().build();
        assertThatThrownBy(counted::records).isInstanceOf(IllegalStateException.class).hasMessageContaining("no records");
        assertThatThrownBy(counted::statistics).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no statistics");
        assertThatThrownBy(() -> JsonReportWriter.write(counted, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingASpooledReportRemovesItsFile() throws IOException {
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        ValidationReport spooled = builder(validator).spoolRecordsIn(folder).build();
        run(validator, List.of(spooled));
        assertThat(filesIn(folder)).hasSize(1);
        spooled.close();
        assertThat(filesIn(folder)).isEmpty();
    }

    private static ValidationReport.Builder builder(MatterValidator validator) {
        return ValidationReport.builder(validator.profile(), validator.referenceData(), validator.asOf(),
                Messages.ZH_CN.toLanguageTag(), STARTED);
    }

    /** Validates the files as the CLI does, every result into every report; returns the list findings. */
    private static List<Batch.ListFinding> run(MatterValidator validator, List<ValidationReport> reports) {
        Batch batch = validator.batch();
        for (String name : FILES) {
            Path file = TestData.REPO.resolve("examples/data").resolve(name);
            long[] count = {0};
            RecordKind[] kind = {null};
            batch.add(file, InputOptions.defaults(), result -> {
                if (count[0]++ == 0) {
                    kind[0] = result.kind();
                }
                reports.forEach(report -> report.add(file.toString(), result));
            });
            reports.forEach(report -> report.addFile(
                    new ValidationReport.FileEntry(file.toString(), kind[0], count[0], null)));
        }
        List<Batch.ListFinding> listFindings = batch.finish();
        for (ValidationReport report : reports) {
            report.addListFindings(listFindings);
            report.finish(FINISHED);
        }
        return listFindings;
    }

    private static String json(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String html(ValidationReport report, HtmlLimits limits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReportWriter.builder().limits(limits).build().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
