package org.matterstandards.sdk.report;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.stats.StatisticsJsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ValidationReport} as JSON (JSON 报告), streaming so that large runs need no second copy in memory.
 * The shape is a contract published as {@code report.schema.json}: {@code summary}, then {@code statistics}, then
 * {@code records}; the fields are described in {@code docs/reports.md}. Fields are only ever added, never renamed.
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReportWriter() {
    }

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out    where to write (UTF-8); not closed
     */
    public static void write(ValidationReport report, OutputStream out) {
        write(report, out, true);
    }

    /**
     * Writes the report without its {@code records}: the summary and the statistics, as {@code matter stats --json}
     * does.
     *
     * @param report the report
     * @param out    where to write (UTF-8); not closed
     */
    public static void writeStatistics(ValidationReport report, OutputStream out) {
        write(report, out, false);
    }

    private static void write(ValidationReport report, OutputStream out, boolean withRecords) {
        try (JsonGenerator json = MAPPER.createGenerator(new NonClosingOutputStream(out))) {
            json.writeStartObject();
            Messages messages = Messages.of(Locale.forLanguageTag(report.locale()));
            writeSummary(report, messages, json);
            json.writeName("statistics");
            StatisticsJsonWriter.write(report.statistics(), messages, json);
            if (withRecords) {
                json.writeArrayPropertyStart("records");
                for (ValidationReport.RecordEntry entry : report.eachRecord()) {
                    writeRecord(entry, json);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private static void writeSummary(ValidationReport report, Messages messages, JsonGenerator json) {
        json.writeObjectPropertyStart("summary");
        json.writeNumberProperty("records", report.recordCount());
        json.writeNumberProperty("valid", report.validCount());
        json.writeNumberProperty("invalid", report.invalidCount());
        json.writeObjectPropertyStart("findings");
        for (Map.Entry<Severity, Long> entry : report.findingsBySeverity().entrySet()) {
            json.writeNumberProperty(entry.getKey().name(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberProperty("suppressed", report.suppressedCount());
        json.writeObjectPropertyStart("byCode");
        for (Map.Entry<String, Long> entry : report.findingsByCode().entrySet()) {
            json.writeNumberProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        writeRules(report, messages, json);
        json.writeObjectPropertyStart("kinds");
        for (Map.Entry<RecordKind, Long> entry : report.recordsByKind().entrySet()) {
            json.writeNumberProperty(entry.getKey().id(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberProperty("unknownKind", report.unknownKindCount());
        json.writeObjectPropertyStart("skippedStages");
        for (Map.Entry<Stage, Long> entry : report.skippedStages().entrySet()) {
            json.writeNumberProperty(entry.getKey().name(), entry.getValue());
        }
        json.writeEndObject();
        json.writeArrayPropertyStart("files");
        for (ValidationReport.FileEntry file : report.files()) {
            json.writeStartObject();
            json.writeStringProperty("file", file.file());
            json.writeStringProperty("kind", file.kind() == null ? null : file.kind().id());
            json.writeNumberProperty("records", file.records());
            if (file.error() != null) {
                json.writeStringProperty("error", file.error());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("profile");
        json.writeStringProperty("name", report.profile().name());
        json.writeStringProperty("title", report.profile().title(messages.locale()));
        json.writeStringProperty("source", report.profile().source());
        json.writeArrayPropertyStart("chain");
        for (String name : report.profile().chain()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeStringProperty("asOf", report.asOf().toString());
        json.writeStringProperty("locale", report.locale());
        json.writeObjectPropertyStart("versions");
        for (Map.Entry<String, String> entry : report.versions().entrySet()) {
            json.writeStringProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeStringProperty("startedAt", report.startedAt().toString());
        json.writeStringProperty("finishedAt", report.startedAt().plus(report.duration()).toString());
        json.writeNumberProperty("durationMs", report.duration().toMillis());
        json.writeEndObject();
    }

    /** Counts by rule with the rule's title, so that the summary reads without the rule list at hand. */
    private static void writeRules(ValidationReport report, Messages messages, JsonGenerator json) {
        json.writeArrayPropertyStart("byRule");
        for (ValidationReport.RuleCount rule : report.ruleCounts()) {
            json.writeStartObject();
            json.writeStringProperty("code", rule.code());
            json.writeStringProperty("severity", rule.severity().name());
            json.writeStringProperty("title", messages.get(rule.code() + ".title"));
            json.writeNumberProperty("findings", rule.findings());
            json.writeNumberProperty("records", rule.records());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeRecord(ValidationReport.RecordEntry entry, JsonGenerator json) {
        ValidationResult result = entry.result();
        json.writeStartObject();
        json.writeStringProperty("file", entry.file());
        json.writeNumberProperty("index", result.index());
        json.writeStringProperty("id", result.recordId());
        json.writeStringProperty("kind", result.kind() == null ? null : result.kind().id());
        json.writeBooleanProperty("valid", result.valid());
        json.writeArrayPropertyStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(finding, json);
        }
        json.writeEndArray();
        if (!result.suppressed().isEmpty()) {
            json.writeArrayPropertyStart("suppressed");
            for (SuppressedFinding suppressed : result.suppressed()) {
                json.writeStartObject();
                json.writeStringProperty("code", suppressed.finding().code());
                json.writeStringProperty("pointer", suppressed.finding().pointer());
                json.writeStringProperty("message", suppressed.finding().message());
                json.writeStringProperty("reason", suppressed.suppression().reason());
                json.writeStringProperty("profile", suppressed.suppression().profileName());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!result.skippedStages().isEmpty()) {
            json.writeArrayPropertyStart("skippedStages");
            for (Stage stage : result.skippedStages()) {
                json.writeString(stage.name());
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeFinding(Finding finding, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("code", finding.code());
        json.writeStringProperty("severity", finding.severity().name());
        json.writeStringProperty("pointer", finding.pointer());
        json.writeStringProperty("message", finding.message());
        SourceLocation location = finding.location();
        if (location.sheet() != null || location.columnLabel() != null) {
            // A cell of a CSV file or workbook: name it the way staff find it (file, sheet, row, column header).
            json.writeStringProperty("file", location.file());
            if (location.sheet() != null) {
                json.writeStringProperty("sheet", location.sheet());
            }
            if (location.columnLabel() != null) {
                json.writeStringProperty("columnLabel", location.columnLabel());
            }
        }
        if (location.line() > 0) {
            json.writeNumberProperty("line", location.line());
        }
        if (location.column() > 0) {
            json.writeNumberProperty("column", location.column());
        }
        json.writeEndObject();
    }

    /** Lets the generator close without closing the caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
