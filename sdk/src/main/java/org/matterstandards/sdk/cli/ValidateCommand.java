package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.RecordReaders;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matter validate}: checks record files and reports findings (校验记录文件). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"校验记录文件（JSON、NDJSON、交换格式、CSV 或 XLSX）/ Validate record files (JSON, NDJSON, exchange rows, CSV or XLSX).",
            "退出码 / exit codes: 0 通过 ok, 1 有达到 --fail-on 的问题 findings, 2 用法或输入错误 usage/input, 3 内部错误 internal."})
final class ValidateCommand implements Callable<Integer> {

    /** What makes the exit code 1. */
    enum FailOn { ERROR, WARNING, NEVER }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private InputFormatOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的文件 / files to validate")
    private List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "记录类型，默认自动识别 / record kind, detected by default: catalog-item, implementation-item, "
                    + "power-item, intermediary-service, list-change")
    private String kind;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "判断期限的日期 yyyy-MM-dd，默认北京时间今天 / date deadlines are judged at (default: today, Asia/Shanghai)")
    private String asOf;

    @Option(names = "--report-json", paramLabel = "FILE", description = "写出 JSON 报告 / write the JSON report here")
    private Path reportJson;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "何种问题使退出码为 1 / which findings make the exit code 1 (default: ${DEFAULT-VALUE})")
    private FailOn failOn;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "50",
            description = "控制台最多列出的问题条数 / findings listed on the console at most (default: ${DEFAULT-VALUE})")
    private int maxLines;

    @Override
    public Integer call() {
        CliOutput output = common.outputOrNull(spec);
        if (output == null) {
            return ExitCode.USAGE;
        }
        Messages messages = output.messages();
        InputOptions inputOptions;
        try {
            inputOptions = input.toOptions(output, InputFormatOptions.printer(output));
        } catch (InputFormatOptions.UsageProblem e) {
            return ExitCode.USAGE;
        }
        MatterValidator validator;
        try {
            validator = MatterValidator.builder()
                    .profile(common.profile())
                    .locale(output.messages().locale())
                    .kind(parseKind(output))
                    .asOf(parseAsOf(output))
                    .build();
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        } catch (MatterException e) {
            output.problem(e.getLocalizedMessage(messages.locale()));
            return ExitCode.USAGE;
        }
        Profile profile = validator.profile();
        ValidationReport report = new ValidationReport(profile, validator.asOf(),
                messages.locale().toLanguageTag(), Instant.now());
        ConsoleReporter console = new ConsoleReporter(output, maxLines);
        boolean inputProblem = false;
        Batch batch = validator.batch();
        Set<Path> companions = autoCompanions();
        for (Path file : files) {
            if (companions.contains(file.toAbsolutePath().normalize())) {
                // Read with its list already; validating it again as a list of items would only mislead.
                continue;
            }
            inputProblem |= !validateFile(batch, file, inputOptions, report, console, output);
        }
        List<Batch.ListFinding> listFindings = batch.finish();
        report.addListFindings(listFindings);
        console.listFindings(listFindings);
        report.finish(Instant.now());
        if (reportJson != null && !writeReport(report, output)) {
            return ExitCode.USAGE;
        }
        console.summary(report);
        if (inputProblem) {
            return ExitCode.USAGE;
        }
        return switch (failOn) {
            case NEVER -> ExitCode.OK;
            case WARNING -> report.hasAtLeast(Severity.WARNING) ? ExitCode.FINDINGS : ExitCode.OK;
            case ERROR -> report.hasAtLeast(Severity.ERROR) ? ExitCode.FINDINGS : ExitCode.OK;
        };
    }

    /** Validates one file; returns {@code false} when the file as a whole could not be read. */
    private boolean validateFile(Batch batch, Path file, InputOptions inputOptions, ValidationReport report,
                                 ConsoleReporter console, CliOutput output) {
        String name = file.toString();
        long[] count = {0};
        RecordKind[] detected = {null};
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("input.isDirectory", Args.of("file", name), null);
            }
            batch.add(file, inputOptions, (ValidationResult result) -> {
                if (count[0]++ == 0) {
                    detected[0] = result.kind();
                    console.fileHeader(name, result.kind(), kind == null);
                }
                report.add(name, result);
                console.record(result);
            });
            if (count[0] == 0) {
                throw new InputException("input.noRecords", Args.of("file", name), null);
            }
            report.addFile(new ValidationReport.FileEntry(name, detected[0], count[0], null));
            return true;
        } catch (InputException e) {
            String message = e.getLocalizedMessage(output.messages().locale());
            output.problem(message);
            report.addFile(new ValidationReport.FileEntry(name, detected[0], count[0], message));
            return false;
        }
    }

    /** The CSV files among the arguments that are companions of another argument (LIST.materials.csv). */
    private Set<Path> autoCompanions() {
        Set<Path> companions = new HashSet<>();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    for (Path companion : RecordReaders.companionsOf(file)) {
                        companions.add(companion.toAbsolutePath().normalize());
                    }
                }
            } catch (IOException e) {
                // The folder cannot be listed: the file itself will report why when it is read.
            }
        }
        return companions;
    }

    private boolean writeReport(ValidationReport report, CliOutput output) {
        try {
            Path parent = reportJson.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(reportJson)) {
                JsonReportWriter.write(report, out);
            }
            output.say("validate.reportWritten", Args.of("file", reportJson));
            return true;
        } catch (IOException e) {
            output.problem(output.messages().format("output.unwritable",
                    Args.of("file", reportJson, "detail", String.valueOf(e.getMessage()))));
            return false;
        }
    }

    private RecordKind parseKind(CliOutput output) {
        if (kind == null) {
            return null;
        }
        return RecordKind.fromId(kind.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> {
            output.problem(output.messages().format("validate.badKind", Args.of("kind", kind)));
            return new UsageProblem();
        });
    }

    private LocalDate parseAsOf(CliOutput output) {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            output.problem(output.messages().format("cli.badDate", Args.of("option", "--as-of", "value", asOf)));
            throw new UsageProblem();
        }
    }

    /** A usage problem already reported to the user. */
    private static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem() {
            super(null, null, false, false);
        }
    }
}
