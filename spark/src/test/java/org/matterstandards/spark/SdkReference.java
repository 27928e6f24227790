package org.matterstandards.spark;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;

/**
 * What the single-process SDK says about files: a {@link Batch} over them in name order, as {@code matter validate}
 * runs them, with the report {@code matter stats --json} writes.
 */
final class SdkReference {

    final ValidationReport report;
    final List<Batch.ListFinding> listFindings;

    SdkReference(MatterValidator validator, List<Path> files) {
        report = new ValidationReport(validator.profile(), validator.referenceData(), validator.asOf(),
                validator.locale().toLanguageTag(), Instant.now());
        Batch batch = validator.batch();
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(null);
        for (Path file : ordered) {
            batch.add(file, InputOptions.defaults(), result -> report.add(file.toString(), result));
        }
        listFindings = batch.finish();
        report.addListFindings(listFindings);
    }

    /** One line per record: file, index, id, kind, valid, then each finding and each suppressed finding. */
    List<String> recordLines() {
        List<String> lines = new ArrayList<>();
        for (ValidationReport.RecordEntry entry : report.records()) {
            ValidationResult result = entry.result();
            StringBuilder line = new StringBuilder(Render.record(entry.file(), result.index(), result.recordId(),
                    result.kind() == null ? null : result.kind().id(), result.valid()));
            for (Finding finding : result.findings()) {
                line.append(Render.finding(finding.code(), finding.severity().name(), finding.pointer(),
                        finding.message()));
            }
            result.suppressed().forEach(suppressed -> line.append(Render.suppressed(suppressed.finding().code(),
                    suppressed.finding().pointer(), suppressed.finding().message(), suppressed.suppression().reason())));
            line.append(" skipped=").append(result.skippedStages());
            lines.add(line.toString());
        }
        return lines;
    }

    String statisticsJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.writeStatistics(report, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
