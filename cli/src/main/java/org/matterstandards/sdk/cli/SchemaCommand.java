package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.matterstandards.core.finding.Args;
import org.matterstandards.schemas.MatterSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code matter schema}: lists, prints and exports the published JSON Schemas (JSON 模式), so that systems in other
 * languages can validate records with the same schemas (docs/schemas.md).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"列出、查看、导出 JSON 模式 / List, print and export the JSON Schemas (draft 2020-12)."},
        subcommands = {SchemaCommand.ListSchemas.class, SchemaCommand.PrintSchema.class,
            SchemaCommand.ExportSchemas.class})
final class SchemaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String names() {
        return String.join(", ", Arrays.stream(MatterSchema.values()).map(MatterSchema::schemaName).toList());
    }

    /** {@code matter schema list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"列出全部模式 / List the schemas with their $id."})
    static final class ListSchemas extends LocalizedCommand {

        @Override
        int run(CliOutput output) {
            output.say("schema.list.header", Args.of("version", MatterSchema.VERSION));
            int width = Arrays.stream(MatterSchema.values()).mapToInt(s -> s.schemaName().length()).max().orElse(0);
            for (MatterSchema schema : MatterSchema.values()) {
                output.say("schema.list.line", Args.of(
                        "name", String.format(java.util.Locale.ROOT, "%-" + width + "s", schema.schemaName()),
                        "title", output.messages().get("schema.title." + schema.schemaName()),
                        "id", schema.id()));
            }
            output.say("schema.list.footer", Args.of());
            return ExitCode.OK;
        }
    }

    /** {@code matter schema print NAME}. */
    @Command(name = "print", mixinStandardHelpOptions = true,
            description = {"输出一个模式的 JSON / Print one schema's JSON to standard output."})
    static final class PrintSchema extends LocalizedCommand {

        @Parameters(index = "0", paramLabel = "NAME",
                description = "模式名称、文件名或 $id，如 implementation-item / schema name, file name or $id")
        private String name;

        @Override
        int run(CliOutput output) {
            Optional<MatterSchema> schema = MatterSchema.find(name);
            if (schema.isEmpty()) {
                output.problem(output.messages().format("schema.unknown", Args.of("name", name, "names", names())));
                return ExitCode.USAGE;
            }
            output.out().print(schema.get().text());
            output.out().flush();
            return ExitCode.OK;
        }
    }

    /** {@code matter schema export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"把全部模式文件写入目录（覆盖同名文件）/ Write every schema file into a directory "
                    + "(existing files of the same name are replaced)."})
    static final class ExportSchemas extends LocalizedCommand {

        @Parameters(index = "0", paramLabel = "DIR", description = "目标目录，不存在时创建 / target directory, created when missing")
        private Path dir;

        @Override
        int run(CliOutput output) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                output.problem(output.messages().format("schema.notDirectory", Args.of("dir", dir)));
                return ExitCode.USAGE;
            }
            List<MatterSchema> schemas = List.of(MatterSchema.values());
            Path current = dir;
            try {
                Files.createDirectories(dir);
                for (MatterSchema schema : schemas) {
                    current = dir.resolve(schema.fileName());
                    Files.writeString(current, schema.text(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                output.problem(output.messages().format("output.unwritable",
                        Args.of("file", current, "detail", String.valueOf(e.getMessage()))));
                return ExitCode.USAGE;
            }
            output.say("schema.exported", Args.of("count", schemas.size(), "dir", dir));
            return ExitCode.OK;
        }
    }
}
