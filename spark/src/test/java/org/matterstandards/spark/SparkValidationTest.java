package org.matterstandards.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.Batch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the bundled examples (as NDJSON, plus a file with a broken and a blank line), the Spark run gives what the SDK
 * gives: the same result for every record, the same list findings, the same statistics and summary.
 */
class SparkValidationTest {

    private static final ValidatorSpec SPEC = ValidatorSpec.profile("shantou").withAsOf(LocalDate.of(2026, 12, 1));

    @TempDir
    static Path dir;

    private static SdkReference sdk;
    private static SparkValidation run;
    private static List<Row> results;

    @BeforeAll
    static void runBoth() {
        List<Path> files = new ArrayList<>(SampleRun.examplesAsNdjson(dir));
        List<String> broken = new ArrayList<>(SampleRun.lines(SampleRun.examplesData().resolve("shantou-sample.json"))
                .subList(0, 3));
        broken.add(1, "{\"taskName\": \"缺了右括号\"");
        broken.add(3, "   ");
        files.add(SampleRun.write(dir, "with-broken-line.ndjson", broken));
        sdk = new SdkReference(SPEC.build(), files);
        run = SparkValidation.of(SourceLines.read(SharedSpark.session(), dir.toString()), SPEC);
        results = run.results().collectAsList();
    }

    @AfterAll
    static void release() {
        run.close();
    }

    @Test
    void everyRecordHasTheSdkResult() {
        assertThat(results).hasSize(sdk.report.records().size());
        assertThat(Render.rows(results)).containsExactlyElementsOf(sdk.recordLines());
    }

    @Test
    void aBrokenLineGivesOneResultAndTheBlankLineNone() {
        List<Row> broken = results.stream().filter(row -> row.<String>getAs("file").endsWith("with-broken-line.ndjson"))
                .toList();
        assertThat(broken).hasSize(4);
        Row malformed = broken.stream().filter(row -> row.<Long>getAs("index") == 1).findFirst().orElseThrow();
        assertThat(malformed.<Long>getAs("line")).isEqualTo(2);
        assertThat(malformed.<Boolean>getAs("valid")).isFalse();
        assertThat(malformed.<Row>getList(malformed.fieldIndex("findings")))
                .extracting(finding -> finding.<String>getAs("code")).containsExactly(StructureRules.MALFORMED_JSON);
        assertThat(broken.stream().filter(row -> row.<Long>getAs("index") == 3).findFirst().orElseThrow()
                .<Long>getAs("line")).isEqualTo(5);
    }

    @Test
    void listFindingsAreTheBatchs() {
        List<String> spark = new ArrayList<>();
        for (Row row : run.listFindings().collectAsList()) {
            Row finding = row.getAs("finding");
            Row suppressed = row.getAs("suppressed");
            spark.add(row.getAs("file") + "#" + row.getAs("index") + " " + (finding != null
                    ? Render.finding(finding.getAs("code"), finding.getAs("severity"), finding.getAs("pointer"),
                            finding.getAs("message"))
                    : Render.suppressed(suppressed.getAs("code"), suppressed.getAs("pointer"),
                            suppressed.getAs("message"), suppressed.getAs("reason"))));
        }
        List<String> batch = new ArrayList<>();
        for (Batch.ListFinding one : sdk.listFindings) {
            batch.add(one.record().file() + "#" + one.record().index() + " " + (one.suppressed()
                    ? Render.suppressed(one.finding().code(), one.finding().pointer(), one.finding().message(),
                            one.suppression().reason())
                    : Render.finding(one.finding().code(), one.finding().severity().name(), one.finding().pointer(),
                            one.finding().message())));
        }
        assertThat(spark).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void statisticsAndSummaryAreThoseOfMatterStats() {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode expected = mapper.readTree(sdk.statisticsJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant now = Instant.now();
        RunSummary.of(run.results()).write(run, run.statistics(), now, now, out);
        JsonNode actual = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(actual.get("statistics")).isEqualTo(expected.get("statistics"));
        for (String timing : List.of("startedAt", "finishedAt", "durationMs")) {
            ((ObjectNode) actual.get("summary")).remove(timing);
            ((ObjectNode) expected.get("summary")).remove(timing);
        }
        ((ObjectNode) expected.get("summary")).replace("files", filesOf(mapper));
        // Through text, so that numbers built here and numbers parsed compare alike.
        assertThat(actual.get("summary")).isEqualTo(mapper.readTree(mapper.writeValueAsString(expected.get("summary"))));
    }

    /** The files as the CLI adds them to its report: each with its first record's kind and its record count. */
    private static JsonNode filesOf(JsonMapper mapper) {
        var files = mapper.createArrayNode();
        sdk.report.records().stream().map(entry -> entry.file()).distinct().sorted().forEach(file -> {
            var entry = mapper.createObjectNode();
            entry.put("file", file);
            var first = sdk.report.records().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
            entry.put("kind", first.result().kind() == null ? null : first.result().kind().id());
            entry.put("records", sdk.report.records().stream().filter(r -> r.file().equals(file)).count());
            files.add(entry);
        });
        return files;
    }
}
