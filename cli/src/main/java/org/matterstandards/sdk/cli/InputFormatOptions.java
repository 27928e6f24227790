package org.matterstandards.sdk.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Args;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.InputOptions;
import picocli.CommandLine.Option;

/** Options of commands that read record files (输入选项): format, encoding and companion files. */
final class InputFormatOptions {

    @Option(names = "--input-format", paramLabel = "json|ndjson|exchange|csv|xlsx|gdzwfw",
            description = "输入格式，默认按扩展名和内容识别 / input format, detected from extension and content by default")
    String format;

    @Option(names = "--encoding", paramLabel = "UTF-8|GBK|GB18030",
            description = "CSV 文件编码，默认按 BOM 识别，否则 UTF-8，不是 UTF-8 时按 GB18030 / CSV encoding "
                    + "(default: from the BOM, else UTF-8, else GB18030 when the file is not UTF-8)")
    String encoding;

    @Option(names = "--companion", paramLabel = "FILE",
            description = "CSV 子表文件（申请材料、收费项目等，按实施编码对应），可重复；与 列表.申请材料.csv 这样命名的文件会自动读取 / "
                    + "CSV file with a child table (materials, fees …, linked by task code), repeatable; files named "
                    + "LIST.materials.csv beside the list are read automatically")
    List<Path> companions;

    /**
     * The input options these command-line options describe.
     *
     * @param output  where to report a bad value
     * @param notices where notices go
     * @return the options
     * @throws UsageProblem after reporting an unknown format or encoding
     */
    InputOptions toOptions(CliOutput output, Consumer<InputNotice> notices) {
        InputOptions.Builder builder = InputOptions.builder().notices(notices);
        if (format != null) {
            builder.format(InputFormat.fromId(format).orElseThrow(() -> {
                output.problem(output.messages().format("io.input.badFormat", Args.of("format", format)));
                return new UsageProblem();
            }));
        }
        if (encoding != null) {
            try {
                builder.charset(Charset.forName(encoding.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                output.problem(output.messages().format("io.input.badEncoding", Args.of("encoding", encoding)));
                throw new UsageProblem();
            }
        }
        if (companions != null) {
            companions.forEach(builder::companion);
        }
        return builder.build();
    }

    /** Prints notices on the console, marked apart from the findings' severities. */
    static Consumer<InputNotice> printer(CliOutput output) {
        String prefix = output.messages().get("io.notice.prefix") + " ";
        return notice -> output.line(prefix + notice.message(output.messages()));
    }
}
