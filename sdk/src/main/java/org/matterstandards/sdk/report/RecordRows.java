package org.matterstandards.sdk.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.ValidationResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of the per-record table (逐条记录表数据), embedded in the HTML as JSON and rendered page by page by the
 * report's script. When a run has more records than the cap, only records with findings are listed.
 */
final class RecordRows {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * The records chosen for the table.
     *
     * @param rows        the records listed, in input order
     * @param cutFindings records with findings left out
     * @param cutClean    records without findings left out
     */
    record Selection(List<ValidationReport.RecordEntry> rows, long cutFindings, long cutClean) {

        /** @return {@code true} when records were left out */
        boolean cut() {
            return cutFindings + cutClean > 0;
        }
    }

    private RecordRows() {
    }

    /**
     * Chooses the records of the table: all of them when they fit, else the first records with findings.
     *
     * @param report the report
     * @param cap    the most records to list
     * @return the selection
     */
    static Selection select(ValidationReport report, int cap) {
        if (report.recordCount() <= cap) {
            List<ValidationReport.RecordEntry> all = new ArrayList<>();
            report.eachRecord().forEach(all::add);
            return new Selection(all, 0, 0);
        }
        List<ValidationReport.RecordEntry> rows = new ArrayList<>(cap);
        long cutFindings = 0;
        long cutClean = 0;
        for (ValidationReport.RecordEntry entry : report.eachRecord()) {
            boolean hasFindings = !entry.result().findings().isEmpty() || !entry.result().suppressed().isEmpty();
            if (!hasFindings) {
                cutClean++;
            } else if (rows.size() < cap) {
                rows.add(entry);
            } else {
                cutFindings++;
            }
        }
        return new Selection(rows, cutFindings, cutClean);
    }

    /**
     * Writes the table data as one JSON object, safe inside a {@code <script>} element.
     *
     * @param selection the rows
     * @param report    the report (files and rule codes)
     * @param messages  texts the script shows
     * @param pageSize  rows per page
     * @param out       where to write
     */
    static void write(Selection selection, ValidationReport report, Messages messages, int pageSize, Writer out) {
        Map<String, Integer> fileIndex = new LinkedHashMap<>();
        for (ValidationReport.FileEntry file : report.files()) {
            fileIndex.putIfAbsent(file.file(), fileIndex.size());
        }
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<String> rules = new ArrayList<>();
        for (ValidationReport.RuleCount count : report.ruleCounts()) {
            ruleIndex.put(count.code(), rules.size());
            rules.add(count.code());
        }
        try (JsonGenerator json = MAPPER.createGenerator(new ScriptSafeWriter(out))) {
            json.writeStartObject();
            json.writeNumberProperty("pageSize", pageSize);
            json.writeArrayPropertyStart("files");
            for (String file : fileIndex.keySet()) {
                json.writeString(file);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("rules");
            for (String rule : rules) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("severities");
            for (Severity severity : Severity.values()) {
                json.writeString(severity.name());
            }
            json.writeEndArray();
            writeLabels(messages, json);
            json.writeArrayPropertyStart("rows");
            for (ValidationReport.RecordEntry entry : selection.rows()) {
                writeRow(entry, fileIndex, ruleIndex, messages, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeLabels(Messages messages, JsonGenerator json) {
        json.writeObjectPropertyStart("labels");
        for (Severity severity : Severity.values()) {
            json.writeStringProperty(severity.name(), messages.get("severity." + severity.name()));
        }
        for (String key : List.of("passed", "failed", "noFindings", "page", "empty", "suppressed", "skipped")) {
            json.writeStringProperty(key, messages.get("report.records." + key));
        }
        json.writeEndObject();
    }

    private static void writeRow(ValidationReport.RecordEntry entry, Map<String, Integer> fileIndex,
                                 Map<String, Integer> ruleIndex, Messages messages, JsonGenerator json) {
        ValidationResult result = entry.result();
        json.writeStartArray();
        json.writeNumber(result.index());
        json.writeString(result.recordId());
        json.writeNumber(fileIndex.getOrDefault(entry.file(), 0));
        json.writeNumber(result.valid() ? 1 : 0);
        json.writeStartArray();
        for (Finding finding : result.findings()) {
            json.writeStartArray();
            json.writeNumber(ruleIndex.get(finding.code()));
            json.writeNumber(finding.severity().ordinal());
            json.writeString(finding.pointer());
            json.writeString(finding.message());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeNumber(result.suppressed().size());
        List<String> skipped = new ArrayList<>();
        for (Stage stage : result.skippedStages()) {
            skipped.add(messages.get("report.stage." + stage.name()));
        }
        json.writeString(String.join(messages.get("report.listSeparator"), skipped));
        json.writeEndArray();
    }

    /**
     * Escapes what could end a {@code <script>} element or confuse an HTML parser. These characters only occur
     * inside JSON strings, where a {@code \}{@code u} escape means the same; the line and paragraph separators are
     * escaped for older script engines.
     */
    static final class ScriptSafeWriter extends FilterWriter {

        ScriptSafeWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '<' -> out.write("\\u003c");
                case '>' -> out.write("\\u003e");
                case '&' -> out.write("\\u0026");
                case '\u2028' -> out.write("\\u2028");
                case '\u2029' -> out.write("\\u2029");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }

        @Override
        public void close() throws IOException {
            // The HTML writer goes on after the data: flush, never close the underlying writer.
            out.flush();
        }
    }
}
