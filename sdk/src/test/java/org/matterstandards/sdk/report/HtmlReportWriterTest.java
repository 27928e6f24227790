package org.matterstandards.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.TestRecords;
import tools.jackson.databind.JsonNode;

/** The HTML report: self-contained, escaped, capped, and its numbers are the report's numbers. */
class HtmlReportWriterTest {

    private static final Pattern TILE = Pattern.compile(
            "data-summary=\"([A-Za-z]+)\"><span class=\"tile-label\">[^<]*</span><span class=\"tile-value\">([0-9,]+)<");
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    /** 120 records with an error (every second also a warning), then 30 correct ones, in three departments. */
    private static ValidationReport largerRun() {
        ValidationReport report = ReportFixtures.emptyReport();
        for (int i = 0; i < 120; i++) {
            int n = i;
            ReportFixtures.add(report, "big.json", node -> {
                node.remove("acceptCondition");
                node.put("deptName", "部门" + (n % 3));
                if (n % 2 == 0) {
                    node.put("remarks", "x");
                }
            });
        }
        for (int i = 0; i < 30; i++) {
            ReportFixtures.add(report, "big.json", node -> { });
        }
        report.addFile(new ValidationReport.FileEntry("big.json", RecordKind.IMPLEMENTATION_ITEM, 150, null));
        report.finish(ReportFixtures.STARTED.plusSeconds(2));
        return report;
    }

    private static String html(ValidationReport report, HtmlReportWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode data(String html) {
        Matcher matcher = DATA.matcher(html);
        assertThat(matcher.find()).as("embedded record data").isTrue();
        return TestRecords.VALIDATOR.mapper().readTree(matcher.group(1));
    }

    @Test
    void tilesShowTheReportsOwnNumbers() {
        ValidationReport report = largerRun();
        String html = html(report, HtmlReportWriter.builder().build());
        Map<String, String> tiles = new LinkedHashMap<>();
        Matcher matcher = TILE.matcher(html);
        while (matcher.find()) {
            tiles.put(matcher.group(1), matcher.group(2));
        }
        assertThat(tiles).containsExactly(Map.entry("records", "150"), Map.entry("valid", "30"),
                Map.entry("invalid", "120"), Map.entry("ERROR", "120"), Map.entry("WARNING", "60"),
                Map.entry("INFO", "0"), Map.entry("suppressed", "0"));
    }

    @Test
    void capsCutSamplesRecordsAndGroupsAndSayHowManyWereLeftOut() {
        String html = html(largerRun(), HtmlReportWriter.builder().limits(new HtmlLimits(5, 50, 10, 1)).build());
        // SC-0101: 120 findings, 5 shown; SC-0103: 60 findings, 5 shown.
        assertThat(html).contains("另有 115 个问题未列出").contains("另有 55 个问题未列出");
        assertThat(html).contains("共 150 条记录，表中列出 50 条有问题的记录；另有 70 条有问题的记录、30 条无问题的记录未列出");
        // Four departments: 部门0–2 and the correct records' 龙湖区 body; one district.
        assertThat(html).contains("仅列出前 1 个，另有 3 个未列出");
        JsonNode data = data(html);
        assertThat(data.get("rows")).hasSize(50);
        assertThat(data.get("pageSize").asInt()).isEqualTo(10);
        assertThat(data.get("rows").get(49).get(0).asLong()).as("index of the 50th listed record").isEqualTo(49);
    }

    @Test
    void smallRunsListEveryRecordIncludingCorrectOnes() {
        ValidationReport report = ReportFixtures.emptyReport();
        ReportFixtures.add(report, "a.json", node -> { });
        ReportFixtures.add(report, "a.json", node -> node.remove("handleFlow"));
        JsonNode rows = data(html(report, HtmlReportWriter.builder().build())).get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(3).asInt()).as("valid flag").isEqualTo(1);
        assertThat(rows.get(1).get(4).get(0).get(2).asString()).isEqualTo("/handleFlow");
    }

    @Test
    void dataFromRecordsIsEscapedInMarkupAndInTheEmbeddedJson() {
        ValidationReport report = ReportFixtures.emptyReport();
        String hostile = "</script><img src=x onerror=alert(1)>";
        ReportFixtures.add(report, "a.json", node -> node.put("promiseDay", hostile));
        String html = html(report, HtmlReportWriter.builder().build());
        assertThat(html).doesNotContain("<img src=x").contains("&lt;/script&gt;&lt;img src=x");
        String message = data(html).get("rows").get(0).get(4).get(0).get(3).asString();
        assertThat(message).contains(hostile);
    }

    @Test
    void theFileLoadsNothingFromOutside() {
        String html = html(largerRun(), HtmlReportWriter.builder().build());
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;");
        assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe)[^>]*\\ssrc=");
        assertThat(html).doesNotContainPattern("(?i)<link\\b");
        assertThat(html).doesNotContainPattern("(?i)href=\"(?!#)");
        assertThat(html).doesNotContainPattern("(?i)url\\(");
    }

    @Test
    void theStatisticsPageHasIndicatorsButNoFindingsRecordsOrScript() {
        String html = html(largerRun(), HtmlReportWriter.builder().statisticsOnly(true).build());
        assertThat(html).contains("政务服务事项统计报告").contains("id=\"indicators\"").contains("data-indicator=\"onlineAvailable\"");
        assertThat(html).doesNotContain("id=\"rules\"").doesNotContain("id=\"records\"").doesNotContain("<script");
    }

    @Test
    void labelsFollowTheReportLanguage() {
        ValidationReport report = new ValidationReport(ProfileRegistry.builtIn().get("shantou"),
                LocalDate.of(2026, 11, 29), Messages.EN.toLanguageTag(), ReportFixtures.STARTED);
        report.add("a.json", TestRecords.VALIDATOR.validate(TestRecords.itemJson(node -> { })));
        String html = html(report, HtmlReportWriter.builder().build());
        assertThat(html).contains("<html lang=\"en\">").contains("Service-matter validation report")
                .contains("Online availability rate").doesNotContain("政务服务事项校验报告");
    }
}
