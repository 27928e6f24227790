package org.matterstandards.sdk.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.report.HtmlReportWriter;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matter validate}: checks record files and reports findings (校验记录文件). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"校验记录文件（JSON、NDJSON、交换格式、CSV 或 XLSX）/ Validate record files (JSON, NDJSON, exchange rows, CSV or XLSX).",
            "退出码 / exit codes: 0 通过 ok, 1 有达到 --fail-on 的问题 findings, 2 用法或输入错误 usage/input, 3 内部错误 internal."})
final class ValidateCommand extends LocalizedCommand {

    /** The default thread count's cap: one thread reads for all workers, and a command shares its machine. */
    private static final int MAX_DEFAULT_THREADS = 4;

    @Mixin
    private InputFormatOptions input;

    @Mixin
    private FindingOptions findingOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的文件 / files to validate")
    private List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "记录类型，默认自动识别 / record kind, detected by default: catalog-item, implementation-item, "
                    + "power-item, intermediary-service, list-change")
    private String kind;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "判断期限的日期 yyyy-MM-dd，默认北京时间今天 / date deadlines are judged at (default: today, Asia/Shanghai)")
    private String asOf;

    @Option(names = "--threads", paramLabel = "N",
            description = "校验线程数，默认为本机处理器数（至多 4）；结果仍按输入顺序 / threads to validate with (default: "
                    + "the number of processors, at most 4); results stay in input order")
    private Integer threads;

    @Option(names = "--report-html", paramLabel = "FILE",
            description = "写出离线 HTML 报告（单个文件，可直接在浏览器打开）/ write the offline HTML report here (one file)")
    private Path reportHtml;

    @Override
    int run(CliOutput output) {
        Messages messages = output.messages();
        InputOptions inputOptions;
        try {
            inputOptions = input.toOptions(output, InputFormatOptions.printer(output));
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        }
        MatterValidator validator;
        try {
            validator = MatterValidator.builder()
                    .profile(common.profile())
                    .locale(output.messages().locale())
                    .kind(CliArguments.recordKind(kind, output))
                    .asOf(CliArguments.date("--as-of", asOf, output))
                    .threads(threads(output))
                    .build();
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        } catch (MatterException e) {
            output.problem(e.getLocalizedMessage(messages.locale()));
            return ExitCode.USAGE;
        }
        try (ValidationReport report = newReport(validator, messages)) {
            return run(validator, report, inputOptions, output);
        }
    }

    /**
     * The report of the run, whose memory does not grow with the input: without a report file only the counts of
     * the summary; with one, the records in a temporary file beside it, read back when it is written (in memory as
     * before when that folder does not exist yet or refuses the file).
     */
    private ValidationReport newReport(MatterValidator validator, Messages messages) {
        Instant startedAt = Instant.now();
        ValidationReport.Builder builder = ValidationReport.builder(validator.profile(), validator.referenceData(),
                validator.asOf(), messages.locale().toLanguageTag(), startedAt);
        Path reportFile = findingOptions.reportJson != null ? findingOptions.reportJson : reportHtml;
        if (reportFile == null) {
            return builder.withoutRecords().withoutStatistics().build();
        }
        Path folder = reportFile.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                return builder.spoolRecordsIn(folder).build();
            } catch (UncheckedIOException e) {
                // Not writable: the report will say so when it is written; keep the records in memory meanwhile.
            }
        }
        return new ValidationReport(validator.profile(), validator.referenceData(), validator.asOf(),
                messages.locale().toLanguageTag(), startedAt);
    }

    private int run(MatterValidator validator, ValidationReport report, InputOptions inputOptions,
                    CliOutput output) {
        ConsoleReporter console = findingOptions.console(output);
        ProgressLine progress = ProgressLine.forTerminal(spec.commandLine().getErr(), output.messages());
        RecordFiles.Listener listener = new RecordFiles.Listener() {
            @Override
            public void fileStarted(String file, RecordKind detectedKind) {
                progress.clear();
                console.fileHeader(file, detectedKind, kind == null);
            }

            @Override
            public void record(ValidationResult result) {
                if (!result.findings().isEmpty() && console.listsMore()) {
                    // A console line is coming: take the progress line away first so they do not mix.
                    progress.clear();
                }
                console.record(result);
            }
        };
        boolean inputProblem = false;
        Batch batch = validator.batch();
        Set<Path> companions = RecordFiles.companionsAmong(files);
        for (Path file : files) {
            if (companions.contains(file.toAbsolutePath().normalize())) {
                // Read with its list already; validating it again as a list of items would only mislead.
                continue;
            }
            inputProblem |= !RecordFiles.read(batch, file, inputOptions, report, output, progress, listener);
        }
        List<Batch.ListFinding> listFindings = batch.finish();
        report.addListFindings(listFindings);
        console.listFindings(listFindings);
        report.finish(Instant.now());
        if (findingOptions.reportJson != null && !RecordFiles.write(findingOptions.reportJson, out -> JsonReportWriter.write(report, out),
                output, "validate.reportWritten")) {
            return ExitCode.USAGE;
        }
        if (reportHtml != null && !RecordFiles.write(reportHtml,
                out -> HtmlReportWriter.builder().build().write(report, out), output, "report.htmlWritten")) {
            return ExitCode.USAGE;
        }
        console.summary(report);
        if (inputProblem) {
            return ExitCode.USAGE;
        }
        return findingOptions.exitCode(report::hasAtLeast);
    }

    private int threads(CliOutput output) {
        if (threads == null) {
            // Results keep input order whatever the count, and ParallelValidation bounds the text in flight by the
            // heap, so more threads change nothing but the time.
            return Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS);
        }
        if (threads < 1) {
            output.problem(output.messages().format("cli.badThreads", Args.of("value", threads)));
            throw new UsageProblem();
        }
        return threads;
    }
}
