package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.TestRecords;
import tools.jackson.databind.JsonNode;

/** {@code matter stats} and {@code matter validate --report-html} through the real command line. */
class StatsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MatterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Three 龙湖区 items: online all three, zero visits two, one of them 即办件. */
    private Path items() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(TestRecords.itemJson(node -> { }).toString());
        lines.add(TestRecords.itemJson(node -> node.put("limitSceneNum", 1).put("limitSceneExplain", "核验原件"))
                .toString());
        lines.add(TestRecords.itemJson(node -> node.put("projectType", "1").put("promiseDay", 0)).toString());
        Path file = dir.resolve("items.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsTheIndicatorTableInChineseAndPicksTheProfileOfTheDataRegion() throws IOException {
        int code = run("stats", items().toString());
        assertThat(code).as(err.toString()).isZero();
        String console = out.toString();
        assertThat(console).contains("未指定 --profile，已按记录的行政区划选用配置 longhu");
        assertThat(console).contains("实施清单指标（依申请事项 3 项；共 3 项）");
        assertThat(console).containsPattern("网上可办率\\s+3\\s+3\\s+100\\.0%\\s+1");
        assertThat(console).containsPattern("零跑动率\\s+2\\s+3\\s+66\\.7%");
        assertThat(console).containsPattern("即办件占比\\s+1\\s+3\\s+33\\.3%");
        assertThat(err.toString()).as("no progress line without a terminal").isEmpty();
    }

    @Test
    void anExplicitProfileIsUsedAsGivenAndEnglishOnRequest() throws IOException {
        assertThat(run("stats", "--profile", "national", "--locale", "en", "--by", "district", items().toString()))
                .isZero();
        assertThat(out.toString()).doesNotContain("No --profile given")
                .contains("Statistics: 3 records (profile: National; task-type table: national)")
                .contains("By division").containsPattern("龙湖区 440507\\s+3");
    }

    @Test
    void writesJsonWithoutRecordsAndAStatisticsPage() throws IOException {
        Path json = dir.resolve("out/stats.json");
        Path html = dir.resolve("out/stats.html");
        assertThat(run("stats", items().toString(), "--json", json.toString(), "--html", html.toString())).isZero();
        JsonNode written = TestRecords.VALIDATOR.mapper().readTree(Files.readString(json));
        assertThat(written.propertyNames()).containsExactly("summary", "statistics");
        assertThat(written.get("statistics").get("overall").get("indicators").get("zeroVisit").get("numerator")
                .asLong()).isEqualTo(2);
        assertThat(Files.readString(html)).contains("政务服务事项统计报告").contains("data-stat=\"serviceItems\"");
        assertThat(out.toString()).contains("统计 JSON 已写入").contains("统计 HTML 报告已写入");
    }

    @Test
    void printsThePowerListTableAndTheSentence() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(TestRecords.VALIDATOR.mapper().writeValueAsString(TestRecords.power(node -> { })));
        lines.add(TestRecords.VALIDATOR.mapper().writeValueAsString(
                TestRecords.power(node -> node.put("taskType", "20").put("catalogCode", "442001001000"))));
        lines.add(TestRecords.VALIDATOR.mapper().writeValueAsString(
                TestRecords.power(node -> node.put("catalogCode", "440101001001"))));
        Path file = dir.resolve("powers.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThat(run("stats", file.toString())).isZero();
        assertThat(out.toString()).containsPattern("行政许可\\s+1\\s+1")
                .containsPattern("其他类\\s+1\\s+0")
                .containsPattern("合计\\s+2\\s+1")
                .contains("依申请类权责事项主项 2 项。其中行政许可 1 项，其他类 1 项。");
    }

    @Test
    void aMissingFileOrABadOptionIsAUsageError() {
        assertThat(run("stats", dir.resolve("none.json").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("文件不存在");
        assertThat(run("stats", "--by", "street", dir.resolve("none.json").toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void validateWritesTheHtmlReportNextToTheJsonReport() throws IOException {
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        assertThat(run("validate", "--profile", "shantou", "--report-html", html.toString(), "--report-json",
                json.toString(), items().toString())).isZero();
        assertThat(Files.readString(html)).contains("data-summary=\"records\"").contains("id=\"report-data\"");
        assertThat(out.toString()).contains("HTML 报告已写入");
    }
}
