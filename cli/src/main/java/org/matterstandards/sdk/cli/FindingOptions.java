package org.matterstandards.sdk.cli;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.matterstandards.core.finding.Severity;
import picocli.CommandLine.Option;

/**
 * Options of the commands that report findings (问题输出选项): where the JSON report goes, how much the console lists,
 * and which findings make the exit code 1. Shared by {@code validate} and {@code diff}.
 */
final class FindingOptions {

    /** What makes the exit code 1. */
    enum FailOn { ERROR, WARNING, NEVER }

    @Option(names = "--report-json", paramLabel = "FILE", description = "写出 JSON 报告 / write the JSON report here")
    Path reportJson;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "何种问题使退出码为 1 / which findings make the exit code 1 (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "50",
            description = "控制台最多列出的问题条数 / findings listed on the console at most (default: ${DEFAULT-VALUE})")
    int maxLines;

    @Option(names = "--list", paramLabel = "error|warning|info", defaultValue = "warning",
            description = "控制台列出的最低严重程度，更轻的只计数 / least severe findings listed on the console; "
                    + "lighter ones are only counted (default: ${DEFAULT-VALUE})")
    Severity list;

    /**
     * @param output the console
     * @return a console reporter with this command's limits
     */
    ConsoleReporter console(CliOutput output) {
        return new ConsoleReporter(output, maxLines, list);
    }

    /**
     * The exit code for findings that were all reported.
     *
     * @param hasAtLeast tells whether any finding reaches a severity
     * @return {@link ExitCode#FINDINGS} when a finding reaches {@code --fail-on}, else {@link ExitCode#OK}
     */
    int exitCode(Predicate<Severity> hasAtLeast) {
        return switch (failOn) {
            case NEVER -> ExitCode.OK;
            case WARNING -> hasAtLeast.test(Severity.WARNING) ? ExitCode.FINDINGS : ExitCode.OK;
            case ERROR -> hasAtLeast.test(Severity.ERROR) ? ExitCode.FINDINGS : ExitCode.OK;
        };
    }
}
