package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.TestData;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

class MatterCliTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The first n records of the sample, which are correct. */
    private Path firstRecords(int n) throws Exception {
        ArrayNode all = (ArrayNode) JsonMapper.builder().build().readTree(Files.readString(TestData.SAMPLE));
        ArrayNode some = all.arrayNode();
        for (int i = 0; i < n; i++) {
            some.add(all.get(i));
        }
        return write("good.json", some.toString());
    }

    @Test
    void exitsZeroOnACleanFileAndSaysWhatItDetected() throws Exception {
        assertThat(run("validate", firstRecords(3).toString(), "--profile", "shantou")).isEqualTo(0);
        assertThat(out).contains("自动识别为实施清单事项（implementation-item）").contains("共 3 条记录：通过 3 条");
        assertThat(err).isEmpty();
    }

    @Test
    void exitsOneOnErrorsAndFailOnDecidesWhatCounts() throws Exception {
        String sample = TestData.SAMPLE.toString();
        assertThat(run("validate", sample, "--profile", "shantou")).isEqualTo(1);
        assertThat(out).contains("CD-0104").contains("未通过 9 条");
        assertThat(run("validate", sample, "--profile", "shantou", "--fail-on", "never")).isEqualTo(0);
        ArrayNode warningOnly = (ArrayNode) JsonMapper.builder().build().readTree(Files.readString(TestData.SAMPLE));
        JsonNode record24 = warningOnly.get(23);
        Path file = write("warning.json", "[" + record24 + "]");
        assertThat(run("validate", file.toString(), "--profile", "shantou")).isEqualTo(0);
        assertThat(run("validate", file.toString(), "--profile", "shantou", "--fail-on", "warning")).isEqualTo(1);
    }

    @Test
    void theConsoleListsWarningsAndErrorsAndOnlyCountsHintsUnlessAsked() {
        String sample = TestData.SAMPLE.toString();
        run("validate", sample, "--profile", "shantou");
        assertThat(out).contains("SM-0501").doesNotContain("SM-0314").contains("另有 11 个低于“警告”级的问题只计数未列出");
        run("validate", sample, "--profile", "shantou", "--list", "info");
        assertThat(out).contains("SM-0314").doesNotContain("只计数未列出");
        run("validate", sample, "--profile", "shantou", "--list", "error");
        assertThat(out).doesNotContain("SC-0103").contains("SM-0501");
    }

    @Test
    void writesTheJsonReportWithTheContractShape() throws Exception {
        Path report = dir.resolve("out/report.json");
        run("validate", TestData.SAMPLE.toString(), "--profile", "shantou", "--report-json",
                report.toString(), "--as-of", "2026-10-09", "--locale", "en");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        JsonNode summary = json.get("summary");
        // examples/data/README.md documents these records and their findings.
        assertThat(summary.get("records").asInt()).isEqualTo(30);
        assertThat(summary.get("valid").asInt()).isEqualTo(21);
        assertThat(summary.get("invalid").asInt()).isEqualTo(9);
        assertThat(summary.get("findings").get("ERROR").asInt()).isEqualTo(9);
        assertThat(summary.get("findings").get("WARNING").asInt()).isEqualTo(1);
        assertThat(summary.get("asOf").asString()).isEqualTo("2026-10-09");
        assertThat(summary.get("profile").get("chain").toString()).isEqualTo("[\"shantou\",\"guangdong\",\"national\"]");
        assertThat(summary.has("durationMs")).isTrue();
        assertThat(summary.get("versions").has("tool")).isTrue();
        JsonNode record = json.get("records").get(20);
        assertThat(record.get("index").asInt()).isEqualTo(20);
        assertThat(record.get("valid").asBoolean()).isFalse();
        assertThat(record.get("findings").get(0).get("code").asString()).isEqualTo("CD-0104");
        assertThat(record.get("findings").get(0).get("message").asString()).startsWith("The value");
        assertThat(out).contains("30 records: 21 valid, 9 invalid");
    }

    @Test
    void unreadableInputsExitTwoWithOneLineNamingTheFile() throws Exception {
        assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("无法读取 " + dir.resolve("missing.json") + "：文件不存在");
        assertThat(run("validate", write("empty.json", "").toString())).isEqualTo(2);
        assertThat(err).contains("空文件");
        Path gbk = Files.write(dir.resolve("gbk.json"), "[{\"taskName\":\"结婚登记\"}]".getBytes(Charset.forName("GBK")));
        assertThat(run("validate", gbk.toString(), "--locale", "en")).isEqualTo(2);
        assertThat(err).contains("is not UTF-8 encoded JSON");
        assertThat(run("validate", write("scalar.json", "\"text\"").toString())).isEqualTo(2);
        assertThat(err).contains("既不是 JSON 对象也不是 JSON 数组");
        assertThat(run("validate", write("empty-array.json", "[]").toString())).isEqualTo(2);
        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void severalThreadsWriteTheSameRecordsInInputOrder() throws Exception {
        Path one = dir.resolve("one.json");
        Path three = dir.resolve("three.json");
        run("validate", TestData.SAMPLE.toString(), "--profile", "shantou", "--as-of", "2026-10-09",
                "--report-json", one.toString());
        run("validate", TestData.SAMPLE.toString(), "--profile", "shantou", "--as-of", "2026-10-09",
                "--report-json", three.toString(), "--threads", "3");
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode records = mapper.readTree(Files.readString(one)).get("records");
        assertThat(records.size()).isEqualTo(30);
        assertThat(mapper.readTree(Files.readString(three)).get("records")).isEqualTo(records);
        assertThat(run("validate", TestData.SAMPLE.toString(), "--threads", "0")).isEqualTo(2);
        assertThat(err).contains("--threads 须为 1 或更大的整数");
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        String good = firstRecords(1).toString();
        assertThat(run("validate", good, "--locale", "fr")).isEqualTo(2);
        assertThat(run("validate", good, "--kind", "bogus")).isEqualTo(2);
        assertThat(err).contains("未知的记录类型");
        assertThat(run("validate", good, "--profile", "atlantis")).isEqualTo(2);
        assertThat(err).contains("未知的配置“atlantis”");
        assertThat(run("validate", good, "--as-of", "2026/01/01")).isEqualTo(2);
        assertThat(run("validate", good, "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        Path locked = write("locked.properties", "name=locked\nparent=shantou\nseverity.SC-0101=INFO\n");
        assertThat(run("validate", good, "--profile", locked.toString())).isEqualTo(2);
        assertThat(err).contains("SC-0101").contains("已锁定");
    }

    @Test
    void aSeverityOverrideAndASuppressionFromAProfileFileShowInTheReport() throws Exception {
        ArrayNode all = (ArrayNode) JsonMapper.builder().build().readTree(Files.readString(TestData.SAMPLE));
        Path file = write("two.json", "[" + all.get(23) + "," + all.get(23) + "]");
        Path profile = write("p.properties", """
                name=strict-longhu
                parent=longhu
                severity.SC-0103=ERROR
                """);
        assertThat(run("validate", file.toString(), "--profile", profile.toString())).isEqualTo(1);
        Path suppressing = write("q.properties", """
                name=quiet
                parent=shantou
                suppress.SC-0103=导出系统附带备注字段，上传前会删除
                """);
        Path report = dir.resolve("r.json");
        assertThat(run("validate", file.toString(), "--profile", suppressing.toString(), "--report-json",
                report.toString(), "--fail-on", "warning")).isEqualTo(0);
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("summary").get("suppressed").asInt()).isEqualTo(2);
        JsonNode suppressed = json.get("records").get(0).get("suppressed").get(0);
        assertThat(suppressed.get("code").asString()).isEqualTo("SC-0103");
        assertThat(suppressed.get("reason").asString()).isEqualTo("导出系统附带备注字段，上传前会删除");
        assertThat(suppressed.get("profile").asString()).isEqualTo("quiet");
        assertThat(out).contains("另有 2 个问题按配置豁免");
    }

    @Test
    void anInternalFailureExitsThreeWithOneLineAndNoStackTraceUnlessVerbose() {
        @CommandLine.Command(name = "boom")
        class Boom implements Runnable {
            @CommandLine.Option(names = "--verbose")
            boolean verbose;

            @Override
            public void run() {
                throw new IllegalStateException("kaputt");
            }
        }
        StringWriter errText = new StringWriter();
        CommandLine commandLine = new CommandLine(new Boom()).setErr(new PrintWriter(errText))
                .setExecutionExceptionHandler(new MatterCli.InternalFailureHandler());
        assertThat(commandLine.execute()).isEqualTo(ExitCode.INTERNAL);
        assertThat(errText.toString()).contains("内部错误 / internal error: IllegalStateException: kaputt")
                .doesNotContain("\tat ");
        StringWriter verboseText = new StringWriter();
        commandLine.setErr(new PrintWriter(verboseText));
        assertThat(commandLine.execute("--verbose")).isEqualTo(ExitCode.INTERNAL);
        assertThat(verboseText.toString()).contains("\tat ");
    }

    @Test
    void printsItsVersions() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out).startsWith("matter-standards ").contains("rule set");
    }
}
