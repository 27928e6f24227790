package org.matterstandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.Versions;
import org.matterstandards.sdk.stats.StatisticsJsonWriter;
import org.matterstandards.sdk.stats.StatisticsReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary of a Spark run in the published shape of the JSON report's {@code summary} (汇总), counted by Spark
 * aggregations over the results: records, valid and invalid, findings by severity and by rule, kinds, skipped
 * stages, files, profile, date, versions and timing. With the statistics it is what {@code matter stats --json}
 * writes; the records themselves are in the results, not here.
 */
public final class RunSummary {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The findings of one rule: its most severe severity, how many, in how many records. */
    private record RuleCount(Severity severity, long findings, long records) {
    }

    /** One input file: the kind of its first record, and how many records it has. */
    private record FileCount(String kind, long records) {
    }

    private final long records;
    private final long valid;
    private final long suppressed;
    private final Map<Severity, Long> bySeverity = new java.util.EnumMap<>(Severity.class);
    private final Map<String, RuleCount> byCode = new TreeMap<>();
    private final Map<RecordKind, Long> byKind = new java.util.EnumMap<>(RecordKind.class);
    private final Map<Stage, Long> skipped = new java.util.EnumMap<>(Stage.class);
    private final Map<String, FileCount> files = new TreeMap<>();
    private final long unknownKind;

    private RunSummary(Dataset<Row> results) {
        Row totals = results.agg(count(lit(1)), sum(when(col("valid"), 1).otherwise(0)),
                sum(size(col("suppressed")))).first();
        records = totals.getLong(0);
        valid = records == 0 ? 0 : totals.getLong(1);
        suppressed = records == 0 ? 0 : totals.getLong(2);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
        Dataset<Row> findings = results.select(col("file"), col("index"), explode(col("findings")).as("f"));
        for (Row row : findings.groupBy(col("f.code")).agg(count(lit(1)), countDistinct(col("file"), col("index")),
                collect_set(col("f.severity"))).collectAsList()) {
            List<String> severities = row.getList(3);
            Severity most = severities.stream().map(Severity::valueOf).reduce((a, b) -> a.isAtLeast(b) ? a : b)
                    .orElseThrow();
            byCode.put(row.getString(0), new RuleCount(most, row.getLong(1), row.getLong(2)));
        }
        for (Row row : findings.groupBy(col("f.severity")).count().collectAsList()) {
            bySeverity.put(Severity.valueOf(row.getString(0)), row.getLong(1));
        }
        long unknown = 0;
        for (Row row : results.groupBy(col("kind")).count().collectAsList()) {
            if (row.isNullAt(0)) {
                unknown = row.getLong(1);
            } else {
                byKind.put(RecordKind.fromId(row.getString(0)).orElseThrow(), row.getLong(1));
            }
        }
        unknownKind = unknown;
        for (Row row : results.select(explode(col("skippedStages")).as("stage")).groupBy("stage").count()
                .collectAsList()) {
            skipped.put(Stage.valueOf(row.getString(0)), row.getLong(1));
        }
        // The kind of a file is its first record's, as the CLI lists it.
        for (Row row : results.groupBy(col("file")).agg(count(lit(1)),
                max(when(col("index").equalTo(0), col("kind")))).collectAsList()) {
            files.put(row.getString(0), new FileCount(row.getString(2), row.getLong(1)));
        }
    }

    /**
     * Counts the results of a run.
     *
     * @param results rows of {@link ResultSchema#RESULT}
     * @return the summary
     */
    public static RunSummary of(Dataset<Row> results) {
        return new RunSummary(results);
    }

    /** @return number of records */
    public long records() {
        return records;
    }

    /** @return number of records without ERROR */
    public long valid() {
        return valid;
    }

    /** @return findings by rule code */
    public Map<String, Long> findingsByCode() {
        Map<String, Long> counts = new TreeMap<>();
        byCode.forEach((code, rule) -> counts.put(code, rule.findings()));
        return counts;
    }

    /**
     * Writes the summary, and the statistics when given, as {@code {"summary": …, "statistics": …}}.
     *
     * @param run        the run (profile, date, versions)
     * @param statistics the figures, {@code null} to leave them out
     * @param startedAt  when the run started
     * @param finishedAt when it finished
     * @param out        where to write (UTF-8); not closed
     */
    public void write(SparkValidation run, StatisticsReport statistics, Instant startedAt, Instant finishedAt,
                      OutputStream out) {
        MatterValidator validator = run.validator();
        Messages messages = Messages.of(validator.locale());
        try (JsonGenerator json = MAPPER.createGenerator(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            json.writeStartObject();
            json.writeObjectPropertyStart("summary");
            json.writeNumberProperty("records", records);
            json.writeNumberProperty("valid", valid);
            json.writeNumberProperty("invalid", records - valid);
            json.writeObjectPropertyStart("findings");
            bySeverity.forEach((severity, n) -> json.writeNumberProperty(severity.name(), n));
            json.writeEndObject();
            json.writeNumberProperty("suppressed", suppressed);
            json.writeObjectPropertyStart("byCode");
            byCode.forEach((code, rule) -> json.writeNumberProperty(code, rule.findings()));
            json.writeEndObject();
            json.writeArrayPropertyStart("byRule");
            byCode.forEach((code, rule) -> {
                json.writeStartObject();
                json.writeStringProperty("code", code);
                json.writeStringProperty("severity", rule.severity().name());
                json.writeStringProperty("title", messages.get(code + ".title"));
                json.writeNumberProperty("findings", rule.findings());
                json.writeNumberProperty("records", rule.records());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeObjectPropertyStart("kinds");
            byKind.forEach((kind, n) -> json.writeNumberProperty(kind.id(), n));
            json.writeEndObject();
            json.writeNumberProperty("unknownKind", unknownKind);
            json.writeObjectPropertyStart("skippedStages");
            skipped.forEach((stage, n) -> json.writeNumberProperty(stage.name(), n));
            json.writeEndObject();
            json.writeArrayPropertyStart("files");
            files.forEach((file, entry) -> {
                json.writeStartObject();
                json.writeStringProperty("file", file);
                json.writeStringProperty("kind", entry.kind());
                json.writeNumberProperty("records", entry.records());
                json.writeEndObject();
            });
            json.writeEndArray();
            writeProfile(validator.profile(), messages, json);
            json.writeStringProperty("asOf", validator.asOf().toString());
            json.writeStringProperty("locale", validator.locale().toLanguageTag());
            json.writeObjectPropertyStart("versions");
            Versions.all().forEach(json::writeStringProperty);
            json.writeStringProperty("referenceData", validator.referenceData().version());
            json.writeEndObject();
            json.writeStringProperty("startedAt", startedAt.toString());
            json.writeStringProperty("finishedAt", finishedAt.toString());
            json.writeNumberProperty("durationMs", Duration.between(startedAt, finishedAt).toMillis());
            json.writeEndObject();
            if (statistics != null) {
                json.writeName("statistics");
                StatisticsJsonWriter.write(statistics, messages, json);
            }
            json.writeEndObject();
        }
    }

    private static void writeProfile(Profile profile, Messages messages, JsonGenerator json) {
        json.writeObjectPropertyStart("profile");
        json.writeStringProperty("name", profile.name());
        json.writeStringProperty("title", profile.title(messages.locale()));
        json.writeStringProperty("source", profile.source());
        json.writeArrayPropertyStart("chain");
        for (String name : profile.chain()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
