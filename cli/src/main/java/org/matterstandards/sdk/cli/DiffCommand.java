package org.matterstandards.sdk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.element.ClaimCheck;
import org.matterstandards.core.element.Outcome;
import org.matterstandards.core.element.Route;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;
import org.matterstandards.sdk.tier.ChangeRouting;
import org.matterstandards.sdk.tier.ChangeSetWriter;
import org.matterstandards.sdk.tier.ListChangeRecords;
import org.matterstandards.sdk.tier.TierDiffResult;
import org.matterstandards.sdk.tier.TierDiffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code matter diff}: checks a local list against the upstream list it claims from (认领与要素分级核对). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"核对本级实施清单对上级清单的认领与要素变更（要素分级分类管理）/ Check a local implementation list "
                + "against the upstream list it claims from (tiered element management).",
            "退出码 / exit codes: 0 通过 ok, 1 有达到 --fail-on 的问题 findings, 2 用法或输入错误 usage/input, 3 内部错误 internal."})
final class DiffCommand extends LocalizedCommand {

    @Option(names = "--upstream", required = true, paramLabel = "FILE",
            description = "上级清单：基本目录或上级实施清单 / upstream list: catalogue items or the higher tier's items")
    private Path upstream;

    @Option(names = "--local", required = true, paramLabel = "FILE",
            description = "本级实施清单 / the local implementation list")
    private Path local;


    @Option(names = "--change-set", paramLabel = "FILE",
            description = "写出须审核、备案的变更清单 (JSON) / write the change set for review and filing here")
    private Path changeSet;


    @Option(names = "--list-changes", paramLabel = "FILE",
            description = "把变更清单写成清单调整备案记录 (list-change JSON)，可用 matter validate 核对 / write the change "
                    + "set as list-change records that matter validate checks")
    private Path listChanges;

    @Option(names = "--decision-date", paramLabel = "DATE",
            description = "调整决定日期 yyyy-MM-dd，审核、备案期限从此日起算，默认北京时间今天 / decision date the "
                    + "deadlines count from (default: today, Asia/Shanghai)")
    private String decisionDate;

    @Mixin
    private FindingOptions findingOptions;

    @Override
    int run(CliOutput output) {
        TierDiffResult result;
        TierDiffer differ;
        ChangeRouting routing;
        try {
            LocalDate decided = CliArguments.date("--decision-date", decisionDate, output);
            differ = TierDiffer.builder().profile(common.profile()).locale(output.messages().locale())
                    .build();
            result = differ.diff(readable(upstream), readable(local));
            routing = new ChangeRouting(result.profile(), differ.referenceData().calendar(),
                    decided != null ? decided : LocalDate.now(MatterValidator.CHINA));
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        } catch (MatterException e) {
            // Unknown profile, bad element setting, unreadable file, wrong record kind: one line, exit 2.
            return output.refuse(e);
        }
        ValidationReport report = report(result, differ.referenceData(), output);
        summarize(result, output);
        Path reportJson = findingOptions.reportJson;
        boolean written = (reportJson == null
                || write(reportJson, out -> JsonReportWriter.write(report, out), output, "validate.reportWritten",
                        Args.of("file", reportJson)))
                & (changeSet == null
                || write(changeSet, out -> ChangeSetWriter.write(result, routing, out), output,
                        "diff.changeSetWritten", Args.of("file", changeSet, "count", result.changeSet().size())))
                & (listChanges == null
                || write(listChanges, out -> ListChangeRecords.write(result, routing, out), output,
                        "diff.listChangesWritten", Args.of("file", listChanges)));
        if (!written) {
            return ExitCode.USAGE;
        }
        return findingOptions.exitCode(result::hasAtLeast);
    }

    private static Path readable(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException("input.isDirectory", Args.of("file", file.toString()), null);
        }
        return file;
    }

    /** Lists the findings of both files on the console and collects them in a report. */
    private ValidationReport report(TierDiffResult result, ReferenceData referenceData, CliOutput output) {
        ValidationReport report = new ValidationReport(result.profile(), referenceData,
                LocalDate.now(MatterValidator.CHINA), output.messages().locale().toLanguageTag(), Instant.now());
        ConsoleReporter console = findingOptions.console(output);
        add(result.localSource(), result.local(), report, console);
        add(result.upstreamSource(), result.upstream(), report, console);
        report.finish(Instant.now());
        console.summary(report);
        return report;
    }

    private static void add(String file, List<ValidationResult> results, ValidationReport report,
                            ConsoleReporter console) {
        console.fileHeader(file, results.get(0).kind(), true);
        for (ValidationResult result : results) {
            report.add(file, result);
            console.record(result);
        }
        report.addFile(new ValidationReport.FileEntry(file, results.get(0).kind(), results.size(), null));
    }

    private static void summarize(TierDiffResult result, CliOutput output) {
        ClaimCheck.Result claims = result.claims();
        output.say("diff.claims", Args.of(
                "local", result.local().size(),
                "upstream", result.upstream().size(),
                "claimed", claims.claims().size(),
                "withoutUpstream", claims.withoutUpstream().size(),
                "unclaimed", claims.unclaimed().size(),
                "duplicates", claims.duplicates().size(),
                "ambiguous", claims.ambiguous().size()));
        output.say("diff.changes", Args.of(
                "locked", claims.count(Outcome.LOCKED_CHANGED),
                "widened", claims.count(Outcome.WIDENED),
                "narrowed", claims.count(Outcome.NARROWED),
                "lowered", claims.count(Outcome.LOWERED),
                "review", result.changeSet().count(Route.REVIEW),
                "filing", result.changeSet().count(Route.FILING),
                "covered", result.changeSet().coveredCount(),
                "free", claims.count(Outcome.FREE)));
    }

    private static boolean write(Path file, Consumer<OutputStream> writer, CliOutput output, String doneKey,
                                 Map<String, ?> doneArguments) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.accept(out);
            }
            output.say(doneKey, doneArguments);
            return true;
        } catch (IOException e) {
            output.problem(output.messages().format("output.unwritable",
                    Args.of("file", file, "detail", String.valueOf(e.getMessage()))));
            return false;
        }
    }
}
