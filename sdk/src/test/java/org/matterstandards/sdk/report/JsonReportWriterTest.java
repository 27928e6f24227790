package org.matterstandards.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.TestRecords;
import tools.jackson.databind.JsonNode;

/** The JSON report keeps the ARCHITECTURE §8 shape and carries versions, profile, counts by rule and statistics. */
class JsonReportWriterTest {

    private static ValidationReport threeRecords() {
        ValidationReport report = ReportFixtures.emptyReport();
        ReportFixtures.add(report, "a.json", node -> { });
        // Two missing elements in one record: two SC-0101 findings, one record.
        ReportFixtures.add(report, "a.json", node -> {
            node.remove("acceptCondition");
            node.remove("handleFlow");
        });
        ReportFixtures.add(report, "a.json", node -> node.put("remarks", "x"));
        report.addFile(new ValidationReport.FileEntry("a.json", RecordKind.IMPLEMENTATION_ITEM, 3, null));
        report.finish(ReportFixtures.STARTED.plusMillis(1234));
        return report;
    }

    private static JsonNode write(ValidationReport report, boolean records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (records) {
            JsonReportWriter.write(report, out);
        } else {
            JsonReportWriter.writeStatistics(report, out);
        }
        return TestRecords.VALIDATOR.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryHasTheContractFieldsAndTheRunDescription() {
        JsonNode summary = write(threeRecords(), true).get("summary");
        assertThat(summary.get("records").asLong()).isEqualTo(3);
        assertThat(summary.get("valid").asLong()).isEqualTo(2);
        assertThat(summary.get("invalid").asLong()).isEqualTo(1);
        assertThat(summary.get("findings").get("ERROR").asLong()).isEqualTo(2);
        assertThat(summary.get("findings").get("WARNING").asLong()).isEqualTo(1);
        assertThat(summary.get("findings").get("INFO").asLong()).isZero();
        assertThat(summary.get("asOf").asString()).isEqualTo("2026-11-29");
        assertThat(summary.get("durationMs").asLong()).isEqualTo(1234);
        assertThat(summary.get("finishedAt").asString()).isEqualTo("2026-11-29T02:00:01.234Z");
        assertThat(summary.get("profile").get("name").asString()).isEqualTo("shantou");
        assertThat(summary.get("profile").get("title").asString()).isEqualTo("汕头市");
        assertThat(summary.get("versions").propertyNames()).containsExactly("tool", "ruleSet", "schemas", "referenceData");
        assertThat(summary.get("kinds").get("implementation-item").asLong()).isEqualTo(3);
        assertThat(summary.get("skippedStages").get(Stage.RULE.name()).asLong()).isEqualTo(1);
    }

    @Test
    void countsByRuleGiveFindingsRecordsSeverityAndTitle() {
        JsonNode summary = write(threeRecords(), true).get("summary");
        assertThat(summary.get("byCode").get("SC-0101").asLong()).isEqualTo(2);
        JsonNode required = summary.get("byRule").get(0);
        assertThat(required.get("code").asString()).isEqualTo("SC-0101");
        assertThat(required.get("severity").asString()).isEqualTo("ERROR");
        assertThat(required.get("title").asString()).isEqualTo("缺少必填要素");
        assertThat(required.get("findings").asLong()).isEqualTo(2);
        assertThat(required.get("records").asLong()).isEqualTo(1);
        assertThat(summary.get("byRule").get(1).get("code").asString()).isEqualTo("SC-0103");
    }

    @Test
    void statisticsComeAfterTheSummaryAndRecordsLast() {
        JsonNode report = write(threeRecords(), true);
        assertThat(report.propertyNames()).containsExactly("summary", "statistics", "records");
        JsonNode overall = report.get("statistics").get("overall");
        assertThat(overall.get("implementationItems").asLong()).isEqualTo(3);
        JsonNode online = overall.get("indicators").get("onlineAvailable");
        assertThat(online.get("numerator").asLong()).isEqualTo(3);
        assertThat(online.get("denominator").asLong()).isEqualTo(3);
        assertThat(online.get("value").asDouble()).isEqualTo(1.0);
        assertThat(report.get("statistics").get("titles").get("indicators").get("onlineAvailable").asString())
                .isEqualTo("网上可办率");
        assertThat(report.get("records")).hasSize(3);
        assertThat(report.get("records").get(1).get("findings").get(0).get("code").asString()).isEqualTo("SC-0101");
    }

    @Test
    void theStatisticsVariantLeavesTheRecordsOut() {
        JsonNode report = write(threeRecords(), false);
        assertThat(report.propertyNames()).containsExactly("summary", "statistics");
    }

    @Test
    void storedResultsDropTheBoundModelToKeepLargeRunsSmall() {
        assertThat(threeRecords().records()).allSatisfy(entry -> assertThat(entry.result().record()).isNull());
    }
}
