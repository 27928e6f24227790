package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.schemas.MatterSchema;

/** {@code matter schema list|print|export} (模式命令). */
class SchemaCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MatterCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void listNamesEverySchemaWithItsIdInChineseByDefault() {
        assertThat(run("schema", "list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("JSON 模式（draft 2020-12，版本 1.1）")
                .contains("implementation-item")
                .contains("实施清单事项（办事指南）")
                .contains("https://matterstandards.org/schemas/1.1/change-set.schema.json");
        for (MatterSchema schema : MatterSchema.values()) {
            assertThat(out.toString()).contains(schema.id());
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listSpeaksEnglishOnRequest() {
        assertThat(run("schema", "list", "--locale", "en")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("JSON Schemas (draft 2020-12, version 1.1):").contains("power-list item");
    }

    @Test
    void printWritesTheSchemaExactlyAndAcceptsFileNamesAndIds() {
        assertThat(run("schema", "print", "power-item")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(MatterSchema.POWER_ITEM.text());
        out.getBuffer().setLength(0);
        assertThat(run("schema", "print", "https://matterstandards.org/schemas/1.1/report.schema.json"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(MatterSchema.REPORT.text());
    }

    @Test
    void printOfAnUnknownNameIsAUsageErrorOnOneLine() {
        assertThat(run("schema", "print", "matter-item", "--locale", "en")).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("There is no schema named \"matter-item\"; choose one of: "
                + "catalog-item, implementation-item, power-item, intermediary-service, list-change, defs, report, "
                + "change-set");
    }

    @Test
    void exportWritesEveryFileIntoANewDirectory() throws IOException {
        Path target = dir.resolve("out/schemas");
        assertThat(run("schema", "export", target.toString())).isEqualTo(ExitCode.OK);
        for (MatterSchema schema : MatterSchema.values()) {
            assertThat(Files.readString(target.resolve(schema.fileName()), StandardCharsets.UTF_8))
                    .isEqualTo(schema.text());
        }
        assertThat(out.toString()).contains("已将 8 个模式文件写入");
    }

    @Test
    void exportOntoAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(run("schema", "export", file.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("这不是目录");
    }

    @Test
    void withoutASubcommandTheUsageIsShown() {
        assertThat(run("schema")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("list").contains("print").contains("export");
    }
}
