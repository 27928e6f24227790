package org.matterstandards.sdk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.element.ElementChange;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.history.HistoryChanges;
import org.matterstandards.sdk.history.HistoryInput;
import org.matterstandards.sdk.history.HistoryReader;
import org.matterstandards.sdk.history.ItemHistory;
import org.matterstandards.sdk.history.ItemVersion;
import org.matterstandards.sdk.history.ListHistory;
import org.matterstandards.sdk.history.ListSnapshot;
import org.matterstandards.sdk.history.OverdueFiling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matter history}: an implementation list over time (清单历史：某日清单、两日之间的变化、逾期备案). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"由清单快照和调整记录推演事项版本：某日清单、两日之间的变化、逾期备案 / Derive item versions from "
                + "list snapshots and list changes: the list on a date, the changes between two dates, overdue filings.",
            "FILE: 实施清单快照（日期=文件，或文件名含 yyyy-MM-dd）或清单调整记录 / an implementation-list snapshot "
                + "(DATE=FILE, or a yyyy-MM-dd in its name) or a file of list changes.",
            "不带 --as-of/--from/--overdue 时列出全部事项版本 / without --as-of, --from or --overdue it lists every "
                + "item version.",
            "退出码 / exit codes: 0 通过 ok, 1 有达到 --fail-on 的问题 findings, 2 用法或输入错误 usage/input, 3 内部错误 internal."})
final class HistoryCommand extends LocalizedCommand {

    private static final int VALUE_LENGTH = 40;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "快照与调整记录文件 / snapshots and list changes")
    private List<String> files;

    @Option(names = "--as-of", paramLabel = "DATE", description = "列出该日在用的清单 / the list in force on DATE")
    private String asOf;

    @Option(names = "--from", paramLabel = "DATE", description = "变化的起始日期 / start of the changes")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "变化的结束日期（默认今天）/ end of the changes "
            + "(default: today)")
    private String to;

    @Option(names = "--overdue", paramLabel = "DATE",
            description = "列出该日逾期或即将到期的调整备案 / adjust-and-file steps overdue or due on DATE")
    private String overdue;

    @Mixin
    private FindingOptions findingOptions;

    @Override
    int run(CliOutput output) {
        ListHistory history;
        LocalDate asOfDate;
        LocalDate fromDate;
        LocalDate toDate;
        LocalDate overdueDate;
        try {
            asOfDate = date(asOf);
            fromDate = date(from);
            toDate = from == null ? null : to == null ? LocalDate.now(MatterValidator.CHINA)
                    : date(to);
            overdueDate = date(overdue);
            if (fromDate != null && toDate.isBefore(fromDate)) {
                throw new InputException("history.badOrder", Args.of("from", fromDate, "to", toDate), null);
            }
            List<HistoryInput> inputs = new ArrayList<>();
            for (String argument : files) {
                inputs.add(input(argument));
            }
            history = HistoryReader.builder().profile(common.profile()).locale(output.messages().locale()).build()
                    .read(inputs);
        } catch (MatterException e) {
            return output.refuse(e);
        }
        summary(history, output);
        if (asOfDate == null && fromDate == null && overdueDate == null) {
            versions(history, output);
        }
        if (asOfDate != null) {
            asOf(history, asOfDate, output);
        }
        if (fromDate != null) {
            changes(history.changesBetween(fromDate, toDate), output);
        }
        boolean overdueFound = false;
        if (overdueDate != null) {
            try {
                overdueFound = overdue(history.overdueOn(overdueDate), overdueDate, output);
            } catch (MatterException e) {
                return output.refuse(e);
            }
        }
        findings(history.findings(), output);
        boolean late = overdueFound;
        return findingOptions.exitCode(severity -> history.hasAtLeast(severity) || late);
    }

    private static HistoryInput input(String argument) {
        int equals = argument.indexOf('=');
        if (equals == 10 && !Files.exists(Path.of(argument))) {
            return new HistoryInput(readable(Path.of(argument.substring(equals + 1))),
                    date(argument.substring(0, equals)));
        }
        return HistoryInput.of(readable(Path.of(argument)));
    }

    private static Path readable(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException("input.isDirectory", Args.of("file", file.toString()), null);
        }
        return file;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputException("history.badDate", Args.of("value", text), e);
        }
    }

    private static void summary(ListHistory history, CliOutput output) {
        List<ListSnapshot> snapshots = history.snapshots().stream()
                .sorted(Comparator.comparing(ListSnapshot::date)).toList();
        output.say("history.read", Args.of("snapshots", snapshots.size(),
                "first", snapshots.isEmpty() ? "—" : snapshots.get(0).date(),
                "last", snapshots.isEmpty() ? "—" : snapshots.get(snapshots.size() - 1).date(),
                "changes", history.changes().size(), "items", history.items().size()));
    }

    private static void versions(ListHistory history, CliOutput output) {
        output.say("history.versions.header", Map.of());
        TextTable table = table(output.messages());
        for (ItemHistory item : history.items()) {
            for (ItemVersion version : item.versions()) {
                row(table, version, output.messages());
            }
        }
        table.lines().forEach(output::line);
    }

    private static void asOf(ListHistory history, LocalDate date, CliOutput output) {
        List<ItemVersion> inForce = history.asOf(date);
        output.say("history.asOf.header", Args.of("date", date, "count", inForce.size()));
        TextTable table = table(output.messages());
        inForce.forEach(version -> row(table, version, output.messages()));
        table.lines().forEach(output::line);
        List<ItemVersion> drafts = history.draftsOn(date);
        if (!drafts.isEmpty()) {
            output.say("history.asOf.drafts", Args.of("count", drafts.size()));
            TextTable draftTable = table(output.messages());
            drafts.forEach(version -> row(draftTable, version, output.messages()));
            draftTable.lines().forEach(output::line);
        }
    }

    private static void changes(HistoryChanges changes, CliOutput output) {
        Messages messages = output.messages();
        output.say("history.changes.header", Args.of("from", changes.from(), "to", changes.to(),
                "added", changes.added().size(), "cancelled", changes.cancelled().size(),
                "adjusted", changes.adjusted().size()));
        for (ItemVersion version : changes.added()) {
            output.line(line(messages.get("history.changes.added"), version));
        }
        for (ItemVersion version : changes.cancelled()) {
            output.line(line(messages.get("history.changes.cancelled"), version));
        }
        Locale locale = messages.locale();
        for (HistoryChanges.Adjustment adjustment : changes.adjusted()) {
            output.line(line(messages.get("history.changes.adjusted"), adjustment.after())
                    + " v" + adjustment.before().taskVersion() + " → v" + adjustment.after().taskVersion());
            List<ElementChange> elementChanges = adjustment.diff().changes().stream()
                    .filter(change -> !change.element().key().equals("taskVersion")).toList();
            if (elementChanges.isEmpty()) {
                output.line("    " + messages.get("history.changes.noElement"));
            }
            for (ElementChange change : elementChanges) {
                String route = change.route().map(r -> messages.format("history.route",
                        Args.of("route", r.label(locale)))).orElse("");
                output.line("    " + messages.format("history.changes.element", Args.of("label", change.element().label(locale),
                        "pointer", change.pointer(), "outcome", messages.get("history.outcome." + change.outcome()),
                        "route", route, "before", value(change.upstreamValue(), messages),
                        "after", value(change.localValue(), messages))));
            }
        }
    }

    private static boolean overdue(List<OverdueFiling> overdue, LocalDate date, CliOutput output) {
        output.say("history.overdue.header", Args.of("date", date, "count", overdue.size()));
        boolean any = false;
        for (OverdueFiling filing : overdue) {
            for (Finding finding : filing.findings()) {
                output.line(findingLine(finding));
                any |= finding.severity() == Severity.ERROR;
            }
        }
        return any;
    }

    private static void findings(List<Finding> findings, CliOutput output) {
        if (findings.isEmpty()) {
            return;
        }
        output.say("history.findings.header", Args.of("count", findings.size()));
        findings.forEach(finding -> output.line(findingLine(finding)));
    }

    private static String findingLine(Finding finding) {
        String where = finding.location().isUnknown() ? "" : " " + finding.location();
        return "  " + finding.severity() + " " + finding.code() + where + " " + finding.pointer() + " "
                + finding.message();
    }

    private static TextTable table(Messages messages) {
        return new TextTable()
                .column(messages.get("history.column.key"), false)
                .column(messages.get("history.column.name"), false)
                .column(messages.get("history.column.version"), true)
                .column(messages.get("history.column.from"), false)
                .column(messages.get("history.column.to"), false)
                .column(messages.get("history.column.source"), false);
    }

    private static void row(TextTable table, ItemVersion version, Messages messages) {
        table.row(version.key(), version.item().taskName(), String.valueOf(version.taskVersion()),
                version.validFrom().toString(),
                version.validTo() == null ? messages.get("history.open") : version.validTo().toString(),
                version.location().toString());
    }

    private static String line(String what, ItemVersion version) {
        return "  " + what + " " + version.key() + " " + version.item().taskName();
    }

    /** A value shown briefly: 是/否, （空）, a list joined by 、, a child record by its first element. */
    private static String value(Object value, Messages messages) {
        String text;
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            return messages.get("el.value.empty");
        } else if (value instanceof Boolean flag) {
            return messages.get(flag ? "el.value.true" : "el.value.false");
        } else if (value instanceof Collection<?> values) {
            text = String.join("、", values.stream().map(HistoryCommand::single).toList());
        } else {
            text = single(value);
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= VALUE_LENGTH ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, VALUE_LENGTH)) + "…";
    }

    private static String single(Object value) {
        if (value instanceof Record entry) {
            try {
                return String.valueOf(entry.getClass().getRecordComponents()[0].getAccessor().invoke(entry));
            } catch (ReflectiveOperationException e) {
                return entry.toString();
            }
        }
        return String.valueOf(value);
    }
}
