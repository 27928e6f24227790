package org.matterstandards.sdk.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.guide.GuideWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matter guide}: writes the 办事指南 pages of implementation items (生成办事指南). */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = {"由实施清单生成办事指南网页：每个事项一页，另有可检索的目录页；可直接打印，不引用任何外部资源 / "
                + "Write service guide pages: one print-friendly HTML page per implementation item and a searchable "
                + "index, with no remote resources.",
            "有结构错误的记录不生成页面 / records with structural errors get no page.",
            "退出码 / exit codes: 0 全部生成 all written, 1 有记录未生成 some records skipped, 2 用法或输入错误 "
                + "usage/input, 3 内部错误 internal."})
final class GuideCommand extends LocalizedCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "实施清单文件 / implementation-list files")
    private List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录 / output folder")
    private Path out;

    @Mixin
    private InputFormatOptions input;

    @Override
    int run(CliOutput output) {
        List<ImplementationItem> items = new ArrayList<>();
        int skipped = 0;
        MatterValidator validator;
        org.matterstandards.sdk.io.InputOptions options;
        try {
            options = input.toOptions(output, InputFormatOptions.printer(output));
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        }
        try {
            validator = MatterValidator.builder().profile(common.profile()).locale(output.messages().locale())
                    .kind(RecordKind.IMPLEMENTATION_ITEM).build();
            for (Path file : files) {
                List<ValidationResult> results = new ArrayList<>();
                validator.validateAll(file, options, results::add);
                for (ValidationResult result : results) {
                    if (result.record() instanceof ImplementationItem item && result.skippedStages().isEmpty()) {
                        items.add(item);
                    } else {
                        skipped++;
                        output.problem(output.messages().format("guide.skipped", Args.of("file", file,
                                "number", result.index() + 1, "id", String.valueOf(result.recordId()),
                                "location", result.location())));
                    }
                }
            }
        } catch (MatterException e) {
            return output.refuse(e);
        }
        try {
            new GuideWriter(validator.profile(), validator.referenceData())
                    .write(items, out, LocalDate.now(MatterValidator.CHINA));
        } catch (UncheckedIOException e) {
            output.problem(output.messages().format("output.unwritable",
                    Args.of("file", out, "detail", String.valueOf(e.getCause().getMessage()))));
            return ExitCode.USAGE;
        }
        output.say("guide.written", Args.of("count", items.size(), "dir", out, "skipped", skipped));
        return skipped > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
