package org.matterstandards.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The mainland-China working-day calendar (工作日历): which days are working days (工作日), and counting "N working
 * days after a date" the way deadlines in government notices are counted. Immutable and thread-safe.
 *
 * <h2>Rule</h2>
 * A day is a working day when it is Monday to Friday and not an official holiday (法定节假日放假), or when it is an
 * official make-up working day (调休上班, always a Saturday or Sunday). "D + N working days" is the N-th working day
 * strictly after D: day D itself is never counted (民法典 art. 201, 开始的当日不计入), even when it is a holiday.
 *
 * <h2>Coverage</h2>
 * Holidays are fixed year by year by the State Council General Office's notice (国务院办公厅关于部分节假日安排的通知),
 * so the calendar only knows the years whose notices it holds: its {@link #coverage()}. Asking about a date outside
 * it throws {@link DateOutsideCalendarException}, which names the covered range; the calendar never falls back to
 * "Monday to Friday". The {@link #builtIn() built-in} calendar covers 2018-12-29 to 2026-12-31 (the 2019–2026
 * notices). A newer year is {@link #load(InputStream, String) loaded} from a file and {@link #with combined}:
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.builtIn()
 *         .with(WorkingDayCalendar.load(Path.of("calendar-2027.txt")));
 * ReferenceData data = ReferenceData.builder().calendar(calendar).build();
 * }</pre>
 *
 * <h2>File format</h2>
 * UTF-8 text. Blank lines are ignored. Lines starting with {@code #} are comments, except three header keys:
 * <pre>
 * # coverage: 2027-01-01..2027-12-31      required once: the days the file decides
 * # version: 2027-11-20                   required once: the state of the data (compile date)
 * # source: 国务院办公厅关于2027年部分节假日安排的通知 https://www.gov.cn/…   required at least once
 * 2027-01-01..2027-01-03  holiday  元旦
 * 2027-02-06              workday  春节
 * </pre>
 * Every other line is an entry: a date {@code yyyy-MM-dd} or an inclusive range {@code yyyy-MM-dd..yyyy-MM-dd},
 * the kind {@code holiday} (an official day off; weekend days inside a holiday period may be listed too) or
 * {@code workday} (a make-up working day, which must be a Saturday or Sunday), and the holiday's name, separated by
 * spaces or tabs. Entries are sorted by date and never overlap. Days of the coverage that no entry names follow the
 * plain rule: Monday to Friday work, Saturday and Sunday rest. A file is refused, naming its source and line, when a
 * line is malformed, unsorted or overlaps another, when a make-up day is not a weekend day, when an entry lies
 * outside the coverage, or when a header is missing ({@link CalendarDataException}).
 *
 * <p>Counting is O(1) for {@link #workingDaysBetween} and O(log n) for {@link #plusWorkingDays}: the calendar keeps
 * a running count of working days over its coverage.
 */
public final class WorkingDayCalendar {

    private static final String BUILT_IN_RESOURCE = "working-days-cn.txt";

    private final DateRange coverage;
    private final boolean[] working;
    /** {@code count[i]}: working days in {@code [coverage.first, coverage.first + i]}; non-decreasing. */
    private final int[] count;
    private final String version;
    private final List<String> sources;
    private final List<String> provenance;

    /** Takes ownership of {@code working}; callers pass a fresh array. */
    WorkingDayCalendar(DateRange coverage, boolean[] working, String version, List<String> sources,
                       List<String> provenance) {
        this.coverage = coverage;
        this.working = working;
        this.count = new int[working.length];
        int running = 0;
        for (int i = 0; i < working.length; i++) {
            running += working[i] ? 1 : 0;
            count[i] = running;
        }
        this.version = version;
        this.sources = List.copyOf(sources);
        this.provenance = List.copyOf(provenance);
    }

    /** Initialised on first use of {@link #builtIn()} only; class initialisation makes this thread-safe. */
    private static final class BuiltIn {
        static final WorkingDayCalendar CALENDAR = loadBuiltIn();

        private static WorkingDayCalendar loadBuiltIn() {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE + " next to "
                            + WorkingDayCalendar.class.getName());
                }
                return load(in, BUILT_IN_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
            }
        }
    }

    /**
     * The built-in calendar (内置工作日历): the official holidays and make-up working days of 2019–2026, covering
     * 2018-12-29 to 2026-12-31. Loaded once, on first call.
     *
     * @return the shared immutable calendar
     */
    public static WorkingDayCalendar builtIn() {
        return BuiltIn.CALENDAR;
    }

    /**
     * Reads a calendar in the format described in the class comment (加载工作日历). The stream is read to its end but
     * not closed.
     *
     * @param in         UTF-8 text
     * @param sourceName a name for messages and {@link #sources()}, e.g. the file name
     * @return the calendar
     * @throws CalendarDataException naming the source and line of the first problem
     */
    public static WorkingDayCalendar load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new CalendarFileReader(sourceName).read(reader);
        } catch (IOException | UncheckedIOException e) {
            throw CalendarDataException.unreadable(sourceName, e);
        }
    }

    /**
     * Reads a calendar file (加载工作日历文件).
     *
     * @param file the file
     * @return the calendar
     * @throws CalendarDataException when the file is missing, unreadable or refused
     */
    public static WorkingDayCalendar load(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name);
        } catch (NoSuchFileException e) {
            throw CalendarDataException.missing(name);
        } catch (IOException e) {
            throw CalendarDataException.unreadable(name, e);
        }
    }

    /**
     * Combines this calendar with one for the days just before or just after it (合并工作日历), e.g. the built-in
     * calendar with a file for the next year. The coverages must touch without overlapping: a day decided twice
     * could be decided two ways, and a gap would leave days unknown. To change days this calendar already
     * covers, load a complete replacement instead.
     *
     * @param other a calendar whose coverage starts the day after this one ends, or ends the day before it starts
     * @return the combined calendar
     * @throws CalendarDataException when the coverages overlap or leave a gap
     */
    public WorkingDayCalendar with(WorkingDayCalendar other) {
        Objects.requireNonNull(other, "other");
        if (coverage.overlaps(other.coverage)) {
            throw CalendarDataException.combine("overlap", "first", sources, "firstCoverage", coverage,
                    "second", other.sources, "secondCoverage", other.coverage);
        }
        WorkingDayCalendar earlier = coverage.first().isBefore(other.coverage.first()) ? this : other;
        WorkingDayCalendar later = earlier == this ? other : this;
        LocalDate gapFirst = earlier.coverage.last().plusDays(1);
        if (!gapFirst.equals(later.coverage.first())) {
            throw CalendarDataException.combine("gap", "first", earlier.sources, "firstCoverage", earlier.coverage,
                    "second", later.sources, "secondCoverage", later.coverage,
                    "gap", new DateRange(gapFirst, later.coverage.first().minusDays(1)));
        }
        boolean[] combined = Arrays.copyOf(earlier.working, earlier.working.length + later.working.length);
        System.arraycopy(later.working, 0, combined, earlier.working.length, later.working.length);
        LinkedHashSet<String> versions = new LinkedHashSet<>(List.of(earlier.version.split(" \\+ ")));
        versions.addAll(List.of(later.version.split(" \\+ ")));
        List<String> allSources = new ArrayList<>(earlier.sources);
        allSources.addAll(later.sources);
        List<String> allProvenance = new ArrayList<>(earlier.provenance);
        allProvenance.addAll(later.provenance);
        return new WorkingDayCalendar(new DateRange(earlier.coverage.first(), later.coverage.last()), combined,
                String.join(" + ", versions), allSources, allProvenance);
    }

    /** @return the days this calendar decides (覆盖范围) */
    public DateRange coverage() {
        return coverage;
    }

    /**
     * Whether the calendar covers a date, for callers that prefer asking to catching.
     *
     * @param date a date
     * @return {@code true} when {@link #isWorkingDay} and the counting methods accept it
     */
    public boolean covers(LocalDate date) {
        return coverage.contains(Objects.requireNonNull(date, "date"));
    }

    /**
     * Whether a date is a working day (是否工作日).
     *
     * @param date a covered date
     * @return {@code true} for a working day, {@code false} for a weekend day or holiday that is not a make-up day
     * @throws DateOutsideCalendarException when the date is outside the coverage
     */
    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    /**
     * The N-th working day strictly after a date (D + N 个工作日): the date itself is never counted, whether or not
     * it is a working day. {@code plusWorkingDays(d, 0)} is {@code d}.
     *
     * @param date the start date, covered
     * @param n    the number of working days, at least 0
     * @return the date of the N-th working day after {@code date}
     * @throws IllegalArgumentException      when {@code n} is negative
     * @throws DateOutsideCalendarException when the date is outside the coverage or the count runs past its end
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative: " + n);
        }
        int start = index(date);
        if (n == 0) {
            return date;
        }
        long target = (long) count[start] + n;
        if (target > count[count.length - 1]) {
            throw DateOutsideCalendarException.countPastEnd(date, n, coverage);
        }
        // The first index whose running count reaches the target is the N-th working day after the start.
        int low = start + 1;
        int high = count.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (count[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return coverage.first().plusDays(low);
    }

    /**
     * The number of working days in {@code (from, to]} (工作日天数): {@code from} is not counted, {@code to} is. When
     * {@code to} is before {@code from} the result is the negated count of {@code (to, from]}, so that
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     *
     * @param from a covered date
     * @param to   a covered date
     * @return the signed number of working days
     * @throws DateOutsideCalendarException when either date is outside the coverage
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int start = index(from);
        int end = index(to);
        return count[end] - count[start];
    }

    /** @return the state of the data, e.g. {@code 2026-11-29}; combined calendars join versions with " + " */
    public String version() {
        return version;
    }

    /** @return the names of the sources the calendar was read from, in date order */
    public List<String> sources() {
        return sources;
    }

    /** @return the documents the data comes from, as given by the sources' {@code # source:} headers */
    public List<String> provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + sources + ", version " + version + ", coverage " + coverage + "]";
    }

    private int index(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!coverage.contains(date)) {
            throw DateOutsideCalendarException.dateOutside(date, coverage);
        }
        return offset(coverage, date);
    }

    static int offset(DateRange range, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(range.first(), date));
    }
}
