package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.report.HtmlLimits;
import org.matterstandards.sdk.report.HtmlReportWriter;
import org.matterstandards.sdk.report.ValidationReport;

/** The record generator, and the size of the HTML report on a generated run beyond every cap. */
class ImplementationItemGeneratorTest {

    @TempDir
    Path dir;

    private static String generate(long count, double errorRate) {
        StringWriter out = new StringWriter();
        ImplementationItemGenerator.write(count, errorRate, ImplementationItemGenerator.SEED, out);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(generate(50, 0.1)).isEqualTo(generate(50, 0.1)).hasLineCount(50);
    }

    @Test
    void correctRecordsHaveNoFindingsAndEachMistakeExactlyItsDocumentedCodes() throws IOException {
        Path file = dir.resolve("items.ndjson");
        Files.writeString(file, generate(400, 0.25), StandardCharsets.UTF_8);
        List<ValidationResult> results = MatterValidator.builder().profile("shantou").build().validateAll(file);
        assertThat(results).hasSize(400);
        assertThat(results).extracting(ValidationResult::recordId).doesNotHaveDuplicates();
        // Correct records may carry advice (INFO, e.g. SM-0314 免证办 candidates) but nothing worse.
        long withProblems = results.stream().filter(result -> result.hasAtLeast(Severity.WARNING)).count();
        assertThat(withProblems).isBetween(60L, 140L);
        assertThat(results.stream().flatMap(result -> result.findings().stream())
                .filter(finding -> finding.severity().isAtLeast(Severity.WARNING)).map(Finding::code).distinct())
                .containsExactlyInAnyOrder("CD-0104", "CD-0105", "SC-0101", "SC-0102", "SC-0103");
    }

    @Test
    void theHtmlReportOfARunBeyondEveryCapStaysSmall() throws IOException {
        // 8,000 records, three in four with a mistake: more records with findings than the 5,000-row cap.
        Path file = dir.resolve("items.ndjson");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ImplementationItemGenerator.write(8_000, 0.75, ImplementationItemGenerator.SEED, out);
        }
        MatterValidator validator = MatterValidator.builder().profile("shantou").build();
        ValidationReport report = new ValidationReport(validator.profile(), validator.asOf(), "zh-CN", Instant.now());
        validator.validateAll(file, result -> report.add(file.toString(), result));
        report.finish(Instant.now());
        long withFindings = report.records().stream().filter(entry -> !entry.result().findings().isEmpty()).count();
        assertThat(withFindings).isGreaterThan(HtmlLimits.DEFAULTS.recordRows());
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        HtmlReportWriter.builder().build().write(report, html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertThat(html.size()).as("bytes of the HTML report").isLessThan(3_000_000);
        assertThat(page).contains("表中列出 5,000 条有问题的记录");
        assertThat(page).containsPattern("另有 [0-9,]+ 个问题未列出");
    }
}
