package org.matterstandards.sdk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.Batch;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.report.HtmlReportWriter;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;
import org.matterstandards.sdk.stats.Figures;
import org.matterstandards.sdk.stats.Indicator;
import org.matterstandards.sdk.stats.IndicatorValue;
import org.matterstandards.sdk.stats.PowerCounts;
import org.matterstandards.sdk.stats.StatisticsLabels;
import org.matterstandards.sdk.stats.StatisticsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code matter stats}: the figures of the seed report computed from record files (统计指标) — power-list entries by
 * category, and the indicators of implementation items (网上可办率, 最多跑一次, 全流程网办 …), overall and, on
 * request, by district or department. The console table is in the chosen language (Chinese by default); JSON and
 * HTML files carry every figure.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"统计权责清单和实施清单指标 / Compute power-list and implementation-item indicators.",
            "未指定 --profile 时，按首条记录的行政区划（areaCode）选用配置 / without --profile, the built-in profile of "
                    + "the first record's division code (areaCode) is used.",
            "退出码 / exit codes: 0 完成 done, 2 用法或输入错误 usage/input, 3 内部错误 internal."})
final class StatsCommand extends LocalizedCommand {

    /** Which breakdowns the console shows. */
    enum By { NONE, DISTRICT, DEPARTMENT, ALL }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "权责清单或实施清单文件 / power-list or implementation-item files")
    private List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "记录类型，默认自动识别 / record kind, detected by default: power-item, implementation-item …")
    private String kind;

    @Option(names = "--json", paramLabel = "FILE", description = "写出统计 JSON / write the statistics as JSON")
    private Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "写出离线 HTML 统计报告 / write an offline HTML page")
    private Path html;

    @Option(names = "--by", paramLabel = "none|district|department|all", defaultValue = "none",
            description = "控制台按行政区划或部门分组显示 / console breakdown by district or department "
                    + "(default: ${DEFAULT-VALUE}; JSON and HTML always have both)")
    private By by;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "统计日期 yyyy-MM-dd：只统计当日在用且在有效期内的事项，默认北京时间今天 / count the items in force "
                    + "on this date (default: today, Asia/Shanghai)")
    private String asOf;

    private Optional<Profile> regionChosen = Optional.empty();

    @Override
    int run(CliOutput output) {
        Messages messages = output.messages();
        MatterValidator validator;
        try {
            RecordKind fixedKind = kind == null ? null
                    : RecordKind.fromId(kind.trim().toLowerCase(Locale.ROOT)).orElse(null);
            if (kind != null && fixedKind == null) {
                output.problem(messages.format("validate.badKind", Args.of("kind", kind)));
                return ExitCode.USAGE;
            }
            validator = MatterValidator.builder().profile(profile()).locale(messages.locale())
                    .kind(fixedKind).asOf(CliArguments.date("--as-of", asOf, output)).build();
        } catch (UsageProblem e) {
            return ExitCode.USAGE;
        } catch (MatterException e) {
            return output.refuse(e);
        }
        ValidationReport report = new ValidationReport(validator.profile(), validator.referenceData(),
                validator.asOf(), messages.locale().toLanguageTag(), Instant.now());
        ProgressLine progress = ProgressLine.forTerminal(spec.commandLine().getErr(), messages);
        boolean inputProblem = false;
        // Statistics count records one by one: the batch's list rules are not needed, so it is never finished.
        Batch statsBatch = validator.batch();
        for (Path file : files) {
            inputProblem |= !RecordFiles.read(statsBatch, file, report, output, progress, new RecordFiles.Listener() {
            });
        }
        report.finish(Instant.now());
        print(report, output);
        if (json != null && !RecordFiles.write(json, out -> JsonReportWriter.writeStatistics(report, out), output,
                "stats.jsonWritten")) {
            return ExitCode.USAGE;
        }
        if (html != null && !RecordFiles.write(html,
                out -> HtmlReportWriter.builder().statisticsOnly(true).build().write(report, out), output,
                "stats.htmlWritten")) {
            return ExitCode.USAGE;
        }
        return inputProblem ? ExitCode.USAGE : ExitCode.OK;
    }

    /** The named profile, or without {@code --profile} the one of the data's region (the national one if none). */
    private Profile profile() {
        if (spec.commandLine().getParseResult().hasMatchedOption("--profile")) {
            return common.profile();
        }
        ProfileRegistry registry = ProfileRegistry.builtIn();
        regionChosen = RegionProfile.of(files, registry);
        return regionChosen.orElseGet(common::profile);
    }

    private void print(ValidationReport report, CliOutput output) {
        Messages messages = output.messages();
        StatisticsReport statistics = report.statistics();
        output.say("stats.header", Args.of("records", StatisticsLabels.count(report.recordCount()),
                "profile", report.profile().title(messages.locale()), "table", statistics.taskTypeTable()));
        if (regionChosen.isPresent()) {
            output.say("stats.profileFromRegion", Args.of("profile", report.profile().name()));
        }
        for (ValidationReport.FileEntry file : report.files()) {
            if (file.error() == null) {
                output.say("stats.fileLine", Args.of("file", file.file(), "records", file.records(),
                        "kind", file.kind() == null ? "?" : messages.get("kind." + file.kind().id())));
            }
        }
        if (!statistics.hasPowerItems() && !statistics.hasImplementationItems()) {
            output.say("stats.nothing", Args.of());
        }
        if (statistics.hasPowerItems()) {
            printPowerList(statistics.overall().powers(), output);
        }
        if (statistics.hasImplementationItems()) {
            printIndicators(statistics, output);
        }
        if (by == By.DISTRICT || by == By.ALL) {
            printGroups(messages.get("stats.byDistrict"), statistics.byDistrict(), statistics, output,
                    StatisticsLabels::districtLabel);
        }
        if (by == By.DEPARTMENT || by == By.ALL) {
            printGroups(messages.get("stats.byDepartment"), statistics.byDepartment(), statistics, output,
                    StatisticsLabels::departmentLabel);
        }
        StatisticsLabels.exclusionSentence(statistics, messages).ifPresent(sentence -> {
            output.line("");
            output.line(sentence);
        });
        if (report.invalidCount() > 0 || statistics.unbound() > 0) {
            output.line("");
            output.say("stats.notCounted", Args.of("errors", report.invalidCount() - statistics.unbound(),
                    "unbound", statistics.unbound()));
        }
    }

    private static void printPowerList(PowerCounts counts, CliOutput output) {
        Messages messages = output.messages();
        TextTable table = new TextTable()
                .column(messages.get("stats.powerCategory"), false)
                .column(messages.get("stats.powerMain"), true)
                .column(messages.get("stats.powerSub"), true);
        for (StatisticsLabels.PowerRow row : StatisticsLabels.powerRows(counts, messages)) {
            table.row(row.label(), StatisticsLabels.count(row.main()), StatisticsLabels.count(row.sub()));
        }
        table.row(messages.get("stats.powerTotal"), StatisticsLabels.count(counts.totalMain()),
                StatisticsLabels.count(counts.totalSub()));
        StatisticsLabels.publicServiceRow(counts, messages).ifPresent(row -> table.row(row.label(),
                StatisticsLabels.count(row.main()), StatisticsLabels.count(row.sub())));
        output.line("");
        output.say("stats.powerHeading", Args.of());
        table.lines().forEach(output::line);
        if (counts.mainAssumed() > 0) {
            output.say("stats.powerMainAssumed", Args.of("count", counts.mainAssumed()));
        }
        output.line(StatisticsLabels.powerSentence(counts, messages));
    }

    private static void printIndicators(StatisticsReport statistics, CliOutput output) {
        Messages messages = output.messages();
        Figures overall = statistics.overall();
        TextTable table = new TextTable()
                .column(messages.get("stats.indicator"), false)
                .column(messages.get("stats.count"), true)
                .column(messages.get("stats.base"), true)
                .column(messages.get("stats.rate"), true)
                .column(messages.get("stats.departments"), true);
        IndicatorValue compression = null;
        for (IndicatorValue value : overall.indicators().values()) {
            if (value.indicator().isDaySumRatio()) {
                compression = value;
                continue;
            }
            table.row(StatisticsLabels.title(value.indicator(), messages), StatisticsLabels.count(value.numerator()),
                    StatisticsLabels.count(value.denominator()), StatisticsLabels.percent(value.value()),
                    StatisticsLabels.count(statistics.departmentsWith(value.indicator())));
        }
        output.line("");
        output.say("stats.itemsHeading", Args.of("base", StatisticsLabels.count(overall.serviceItems()),
                "items", StatisticsLabels.count(overall.implementationItems())));
        table.lines().forEach(output::line);
        if (compression != null) {
            output.say("stats.compressionResult", Args.of(
                    "title", StatisticsLabels.title(Indicator.TIME_LIMIT_COMPRESSION, messages),
                    "rate", StatisticsLabels.percent(compression.value()),
                    "statutory", StatisticsLabels.count(compression.denominator()),
                    "promised", StatisticsLabels.count(compression.denominator() - compression.numerator()),
                    "items", StatisticsLabels.count(compression.base())));
        }
        output.say("stats.inferredNote", Args.of());
    }

    private static void printGroups(String heading, List<Figures> groups, StatisticsReport statistics,
                                    CliOutput output, BiFunction<Figures, Messages, String> label) {
        Messages messages = output.messages();
        boolean items = statistics.hasImplementationItems();
        boolean powers = statistics.hasPowerItems();
        TextTable table = new TextTable().column(messages.get("stats.groupName"), false);
        if (items) {
            table.column(messages.get("stats.groupItems"), true);
            for (Indicator indicator : StatisticsLabels.GROUP_COLUMNS) {
                table.column(messages.get(indicator.titleKey()), true);
            }
        }
        if (powers) {
            table.column(messages.get("stats.groupMain"), true).column(messages.get("stats.groupSub"), true);
        }
        for (Figures figures : groups) {
            List<String> cells = new ArrayList<>();
            cells.add(label.apply(figures, messages));
            if (items) {
                cells.add(StatisticsLabels.count(figures.serviceItems()));
                for (Indicator indicator : StatisticsLabels.GROUP_COLUMNS) {
                    cells.add(StatisticsLabels.percent(figures.value(indicator).value()));
                }
            }
            if (powers) {
                cells.add(StatisticsLabels.count(figures.powers().totalMain()));
                cells.add(StatisticsLabels.count(figures.powers().totalSub()));
            }
            table.row(cells.toArray(String[]::new));
        }
        output.line("");
        output.line(heading);
        table.lines().forEach(output::line);
    }
}
