package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.tabular.XlsxRecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matter template xlsx}: writes an empty workbook for staff to fill in (填报模板). */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成空白填报模板 / Write an empty template to fill in.",
            "例 / e.g.: matter template xlsx -o 模板.xlsx"})
final class TemplateCommand extends LocalizedCommand {

    @Parameters(index = "0", paramLabel = "xlsx", description = "模板格式，目前只有 xlsx / template format: xlsx")
    private String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "输出文件 / output file")
    private Path output;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "implementation-item",
            description = "记录类型 / record kind (default: ${DEFAULT-VALUE})")
    private String kind;

    @Override
    int run(CliOutput out) {
        if (!"xlsx".equalsIgnoreCase(format.strip())) {
            out.problem(out.messages().format("io.input.badFormat", Args.of("format", format)));
            return ExitCode.USAGE;
        }
        RecordKind recordKind = RecordKind.fromId(kind.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (recordKind == null) {
            out.problem(out.messages().format("validate.badKind", Args.of("kind", kind)));
            return ExitCode.USAGE;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream stream = Files.newOutputStream(output);
            new XlsxRecordWriter(stream, recordKind, ElementNames.standard(), Map.of(), out.messages().locale(),
                    notice -> { }).close();
        } catch (IOException | java.io.UncheckedIOException e) {
            out.problem(out.messages().format("output.unwritable", Args.of("file", output,
                    "detail", String.valueOf(e.getMessage()))));
            return ExitCode.USAGE;
        }
        out.say("template.done", Args.of("file", output, "kind", out.messages().get("kind." + recordKind.id())));
        return ExitCode.OK;
    }
}
