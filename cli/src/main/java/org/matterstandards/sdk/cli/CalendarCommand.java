package org.matterstandards.sdk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matter calendar}: the working-day calendar on the command line (工作日历). Results go to stdout, one per
 * line, in a fixed format that scripts can read; a bad date or a date outside the calendar's coverage prints one line
 * to stderr and exits with {@link ExitCode#USAGE}, before anything is printed to stdout.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"工作日历：是否工作日、N 个工作日后的日期、两日期间的工作日数 / "
                + "Working-day calendar: is a date a working day, the date N working days later, working days between.",
            "覆盖 2018-12-29 至 2026-12-31；其他年份用 --calendar 或配置项 reference.calendar 加载 / covers "
                + "2018-12-29..2026-12-31; load other years with --calendar or a profile's reference.calendar."},
        subcommands = {CalendarCommand.IsWorkingDay.class, CalendarCommand.Add.class, CalendarCommand.Between.class})
final class CalendarCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What the three subcommands share: options, loading the calendar, turning problems into exit code 2. */
    abstract static class Subcommand extends LocalizedCommand {

        @Option(names = "--calendar", paramLabel = "FILE",
                description = "再加载一个年度的工作日历文件，可重复 / load another year's calendar file (repeatable); "
                        + "format: docs/calendar.md")
        List<Path> calendarFiles = new ArrayList<>();

        @Override
        final int run(CliOutput output) {
            try {
                List<String> lines = answer(calendar(), output);
                lines.forEach(output::line);
                return ExitCode.OK;
            } catch (UsageProblem e) {
                return ExitCode.USAGE;
            } catch (MatterException e) {
                // A date outside the coverage, or a calendar file that was refused: one line, never a guess.
                return output.refuse(e);
            }
        }

        /** The profile's calendar (built-in, plus its {@code reference.calendar} years), plus the --calendar files. */
        private WorkingDayCalendar calendar() {
            WorkingDayCalendar calendar = ReferenceData.forProfile(common.profile()).calendar();
            for (Path file : calendarFiles) {
                calendar = calendar.with(WorkingDayCalendar.load(file));
            }
            return calendar;
        }

        /**
         * Computes every output line before any is printed, so a failure leaves stdout empty.
         *
         * @param calendar the calendar
         * @param output   for reporting usage problems
         * @return the lines to print
         */
        abstract List<String> answer(WorkingDayCalendar calendar, CliOutput output);

        static LocalDate date(String text, CliOutput output) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                output.problem(output.messages().format("calendar.cli.badDate", Args.of("value", text)));
                throw new UsageProblem();
            }
        }

        static int count(String text, CliOutput output) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, like a negative count
            }
            output.problem(output.messages().format("calendar.cli.badCount", Args.of("value", text)));
            throw new UsageProblem();
        }
    }

    /** {@code matter calendar is-working-day DATE...}: prints {@code DATE true} or {@code DATE false} per date. */
    @Command(name = "is-working-day", mixinStandardHelpOptions = true,
            description = "每个日期输出一行“日期 true|false” / prints \"DATE true|false\", one line per date")
    static final class IsWorkingDay extends Subcommand {

        @Parameters(arity = "1..*", paramLabel = "DATE", description = "日期 yyyy-MM-dd / dates, yyyy-MM-dd")
        List<String> dates;

        @Override
        List<String> answer(WorkingDayCalendar calendar, CliOutput output) {
            List<String> lines = new ArrayList<>();
            for (String text : dates) {
                LocalDate date = date(text, output);
                lines.add(date + " " + calendar.isWorkingDay(date));
            }
            return lines;
        }
    }

    /** {@code matter calendar add DATE N [DATE N ...]}: prints the N-th working day after DATE per pair. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "每对“日期 天数”输出第 N 个工作日的日期（不含起始日） / prints, per pair, the N-th working "
                    + "day strictly after DATE (yyyy-MM-dd)")
    static final class Add extends Subcommand {

        @Parameters(arity = "2..*", paramLabel = "DATE N", description = "日期与工作日天数，成对给出 / pairs of date and count")
        List<String> pairs;

        @Override
        List<String> answer(WorkingDayCalendar calendar, CliOutput output) {
            if (pairs.size() % 2 != 0) {
                output.problem(output.messages().format("calendar.cli.unpaired", Args.of("count", pairs.size())));
                throw new UsageProblem();
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i += 2) {
                LocalDate date = date(pairs.get(i), output);
                lines.add(calendar.plusWorkingDays(date, count(pairs.get(i + 1), output)).toString());
            }
            return lines;
        }
    }

    /** {@code matter calendar between FROM TO}: prints the number of working days in (FROM, TO]. */
    @Command(name = "between", mixinStandardHelpOptions = true,
            description = "输出 (FROM, TO] 内的工作日数；TO 早于 FROM 时为负数 / prints the number of working days in "
                    + "(FROM, TO]; negative when TO is before FROM")
    static final class Between extends Subcommand {

        @Parameters(index = "0", paramLabel = "FROM", description = "起始日（不计入） / start date, not counted")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "截止日（计入） / end date, counted")
        String to;

        @Override
        List<String> answer(WorkingDayCalendar calendar, CliOutput output) {
            return List.of(Integer.toString(calendar.workingDaysBetween(date(from, output), date(to, output))));
        }
    }
}
