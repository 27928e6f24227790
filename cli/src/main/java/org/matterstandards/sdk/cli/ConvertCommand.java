package org.matterstandards.sdk.cli;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.FileConverter;
import org.matterstandards.sdk.io.InputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matter convert}: converts a record file to another format (格式转换). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"转换记录文件的格式 / Convert a record file to another format.",
            "输入可为 json、ndjson、exchange、csv、xlsx；输出为 json、ndjson、exchange、xlsx（可作填报模板）或 csv（子表写入同名的 .申请材料 等文件）。",
            "Input: json, ndjson, exchange, csv, xlsx. Output: json, ndjson, exchange, xlsx (a fillable workbook) or csv (child tables in companion files).",
            "退出码 / exit codes: 0 完成 done, 1 有记录无法读取 some records unreadable, 2 用法或输入错误 usage/input."})
final class ConvertCommand extends LocalizedCommand {

    @Mixin
    private InputFormatOptions input;

    @Option(names = "--to", required = true, paramLabel = "json|ndjson|exchange|xlsx|csv|gdzwfw",
            description = "输出格式 / output format")
    private String to;

    @Option(names = "--output-encoding", paramLabel = "UTF-8|GBK|GB18030", defaultValue = "UTF-8",
            description = "CSV 输出编码 / encoding of CSV output (default: ${DEFAULT-VALUE}, with BOM)")
    private String outputEncoding;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "输出文件 / output file")
    private Path output;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "记录类型，默认按第一条记录识别 / record kind, detected from the first record by default")
    private String kind;

    @Parameters(index = "0", paramLabel = "FILE", description = "要转换的文件 / file to convert")
    private Path file;

    @Override
    int run(CliOutput out) {
        InputOptions options;
        InputFormat target;
        RecordKind recordKind;
        Charset charset;
        try {
            options = input.toOptions(out, InputFormatOptions.printer(out));
            target = InputFormat.fromId(to).orElseThrow(() -> {
                out.problem(out.messages().format("io.output.badFormat", Args.of("format", to)));
                return new UsageProblem();
            });
            recordKind = CliArguments.recordKind(kind, out);
            charset = parseCharset(out);
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        }
        Locale locale = out.messages().locale();
        FileConverter converter = new FileConverter(MatterValidator.builder().build().mapper(), options, locale,
                charset);
        FileConverter.Summary summary;
        try {
            summary = converter.convert(file, recordKind, target, output);
        } catch (InputException e) {
            out.problem(e.getLocalizedMessage(locale));
            return ExitCode.USAGE;
        } catch (UncheckedIOException e) {
            out.problem(out.messages().format("output.unwritable", Args.of("file", output,
                    "detail", String.valueOf(e.getCause()))));
            return ExitCode.USAGE;
        }
        out.say("convert.done", Args.of("records", summary.records(), "from", summary.from().id(),
                "to", target.id(), "file", output));
        if (summary.kept() > 0) {
            out.say("convert.kept", Args.of("count", summary.kept()));
        }
        if (summary.unreadable() > 0) {
            out.say("convert.unreadable", Args.of("count", summary.unreadable()));
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    private Charset parseCharset(CliOutput out) {
        try {
            return Charset.forName(outputEncoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            out.problem(out.messages().format("io.input.badEncoding", Args.of("encoding", outputEncoding)));
            throw new UsageProblem();
        }
    }
}
