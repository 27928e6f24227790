package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.TestData;

class ConvertCommandTest {

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

    @Test
    void convertsBetweenFormatsAndValidatesEachTheSame() {
        Path xlsx = dir.resolve("s.xlsx");
        Path exchange = dir.resolve("s.exchange.ndjson");
        Path csv = dir.resolve("s.csv");
        assertThat(run("convert", "--to", "xlsx", TestData.SAMPLE.toString(), "-o", xlsx.toString())).isZero();
        assertThat(out).contains("已将 30 条记录从 json 转换为 xlsx");
        assertThat(run("validate", TestData.SAMPLE.toString(), "--profile", "shantou", "--max-lines", "100"))
                .isEqualTo(1);
        String canonical = out.substring(out.indexOf('\n') + 1);
        assertThat(run("convert", "--to", "exchange", xlsx.toString(), "-o", exchange.toString())).isZero();
        assertThat(run("convert", "--to", "csv", "--output-encoding", "GB18030", exchange.toString(),
                "-o", csv.toString())).isZero();
        assertThat(dir.resolve("s.materials.csv")).exists();
        for (Path file : new Path[] {xlsx, exchange, csv}) {
            assertThat(run("validate", file.toString(), "--profile", "shantou", "--max-lines", "100")).isEqualTo(1);
            // The same findings and totals as the canonical file; lines differ only by the cell they name.
            assertThat(out.replaceAll(" \\([^()]*\\([^()]*\\)\\)：", "：").replaceAll("\\[输入提示\\][^\n]*\n", ""))
                    .endsWith(canonical).contains("CD-0104 /taskCode").contains("SC-0103 /remarks");
            assertThat(err).isEmpty();
        }
        assertThat(run("validate", "--input-format", "csv", "--encoding", "GB18030", csv.toString(),
                dir.resolve("s.materials.csv").toString(), "--profile", "shantou")).isEqualTo(1);
        assertThat(out).as("the companion named on the command line is not validated as a list of its own")
                .contains("共 30 条记录");
    }

    @Test
    void valuesThatCannotBeConvertedAreKeptAndReported() throws Exception {
        Path rows = Files.writeString(dir.resolve("rows.json"),
                "[{\"TASK_CODE\": \"T1\", \"PROMISE_DAY\": \"1\", \"IS_FEE\": \"是\"}]", StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");
        assertThat(run("convert", "--to", "json", rows.toString(), "-o", json.toString())).isZero();
        assertThat(out).contains("/isFee 的值“是”无法转换，已原样写出").contains("有 1 个值无法转换");
        assertThat(Files.readString(json)).contains("\"isFee\" : \"是\"").contains("\"promiseDay\" : 1");
    }

    @Test
    void writesTheTemplate() {
        Path template = dir.resolve("模板.xlsx");
        assertThat(run("template", "xlsx", "-o", template.toString())).isZero();
        assertThat(template).isNotEmptyFile();
        assertThat(out).contains("模板已写入");
        assertThat(run("template", "csv", "-o", template.toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void badInputGivesExitTwoAndOneLineWithoutAStackTrace() throws Exception {
        Path notWorkbook = Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        assertThat(run("validate", notWorkbook.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.strip()).startsWith(notWorkbook + " 不是 Excel 工作簿").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(run("validate", "--input-format", "pdf", notWorkbook.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).contains("未知的输入格式“pdf”");
        assertThat(run("validate", "--encoding", "KLINGON", notWorkbook.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).contains("未知的编码“KLINGON”");
        Path gbk = Files.write(dir.resolve("g.csv"), "TASK_CODE,事项名称\n".getBytes("GBK"));
        assertThat(run("validate", "--encoding", "UTF-8", gbk.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err).contains("g.csv 第 1 行含有无法按 UTF-8 解码的字节");
        assertThat(run("convert", "--to", "xlsx", notWorkbook.toString(), "-o", dir.resolve("o.xlsx").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err).doesNotContain("Exception");
    }
}
