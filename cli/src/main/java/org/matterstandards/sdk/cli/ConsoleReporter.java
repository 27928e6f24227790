package org.matterstandards.sdk.cli;

import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.report.ValidationReport;

/**
 * Prints a concise account of a validation run to the console (控制台摘要): what each file was detected as, the
 * first findings, and the totals. The JSON and HTML reports carry everything; the console stays short.
 */
final class ConsoleReporter {

    private final CliOutput output;
    private final Messages messages;
    private final int maxLines;
    private final Severity lowest;
    private long belowLowest;
    private long listed;
    private long unlisted;

    /**
     * @param output   the console
     * @param maxLines findings listed at most
     * @param lowest   the least severe findings still listed; less severe ones are only counted (hints such as
     *                 免证办 candidates would otherwise push the errors out of view)
     */
    ConsoleReporter(CliOutput output, int maxLines, Severity lowest) {
        this.lowest = lowest;
        this.output = output;
        this.messages = output.messages();
        this.maxLines = Math.max(0, maxLines);
    }

    void fileHeader(String file, RecordKind kind, boolean detected) {
        if (kind == null) {
            output.say("validate.fileKindUnknown", Args.of("file", file));
        } else {
            output.say(detected ? "validate.fileDetected" : "validate.fileGiven",
                    Args.of("file", file, "kind", messages.get("kind." + kind.id()), "kindId", kind.id()));
        }
    }

    /** @return {@code true} while findings are still listed one by one */
    boolean listsMore() {
        return listed < maxLines;
    }

    void record(ValidationResult result) {
        for (Finding finding : result.findings()) {
            print(finding, result.index(), result.recordId(), null);
        }
    }

    void listFindings(List<Batch.ListFinding> findings) {
        for (Batch.ListFinding listFinding : findings) {
            if (!listFinding.suppressed()) {
                print(listFinding.finding(), listFinding.record().index(), listFinding.record().recordId(),
                        listFinding.record().file());
            }
        }
    }

    private void print(Finding finding, long index, String recordId, String file) {
        if (!finding.severity().isAtLeast(lowest)) {
            belowLowest++;
            return;
        }
        if (listed >= maxLines) {
            unlisted++;
            return;
        }
        listed++;
        String line = messages.format("validate.findingLine", Args.of(
                "severity", messages.get("severity." + finding.severity().name()),
                "number", index + 1,
                "id", recordId == null ? "-" : recordId,
                "code", finding.code(),
                "pointer", (finding.pointer().isEmpty() ? "/" : finding.pointer()) + cell(finding),
                "message", finding.message()));
        output.line(file == null ? line : file + " " + line);
    }

    /** The cell of a finding from a CSV file or workbook, e.g. " (list.xlsx[事项]!R7C3 (承诺办结时限))". */
    private static String cell(Finding finding) {
        boolean tabular = finding.location().sheet() != null || finding.location().columnLabel() != null;
        return tabular ? " (" + finding.location() + ")" : "";
    }

    void summary(ValidationReport report) {
        if (report.recordCount() == 0) {
            return;
        }
        if (unlisted > 0) {
            output.say("validate.unlisted", Args.of("count", unlisted));
        }
        if (belowLowest > 0) {
            output.say("validate.belowListed", Args.of("count", belowLowest,
                    "severity", messages.get("severity." + lowest.name())));
        }
        Map<Severity, Long> counts = report.findingsBySeverity();
        output.say("validate.summary", Args.of(
                "records", report.recordCount(),
                "valid", report.validCount(),
                "invalid", report.invalidCount(),
                "errors", counts.get(Severity.ERROR),
                "warnings", counts.get(Severity.WARNING),
                "infos", counts.get(Severity.INFO),
                "profile", report.profile().title(messages.locale()),
                "asOf", report.asOf()));
        if (report.suppressedCount() > 0) {
            output.say("validate.suppressed", Args.of("count", report.suppressedCount()));
        }
    }
}
