package org.matterstandards.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matterstandards.core.internal.datafile.DataLines;

/**
 * Reads one calendar source in the format described in {@link WorkingDayCalendar} (工作日历文件读取). Keeps line
 * numbers so that every refusal points at its line. Used once per source, by one thread.
 */
final class CalendarFileReader {

    private static final Pattern HEADER = Pattern.compile("#\\s*(coverage|version|source)\\s*:\\s*(\\S.*?)\\s*");
    private static final String HOLIDAY = "holiday";
    private static final String WORKDAY = "workday";

    /** One entry line: a day or range of days that is a holiday or a make-up working day. */
    private record Entry(DateRange range, boolean workday, int line) {
    }

    private final String source;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> provenance = new ArrayList<>();
    private DateRange coverage;
    private String version;

    CalendarFileReader(String source) {
        this.source = source;
    }

    WorkingDayCalendar read(BufferedReader reader) throws IOException {
        DataLines lines = new DataLines(reader);
        while (lines.next()) {
            readLine(lines.line().strip(), lines.number());
        }
        requireHeader(coverage != null, "coverage");
        requireHeader(version != null, "version");
        requireHeader(!provenance.isEmpty(), "source");
        boolean[] working = new boolean[coverage.days()];
        LocalDate day = coverage.first();
        for (int i = 0; i < working.length; i++, day = day.plusDays(1)) {
            working[i] = !isWeekend(day);
        }
        for (Entry entry : entries) {
            if (!coverage.contains(entry.range().first()) || !coverage.contains(entry.range().last())) {
                throw CalendarDataException.at("outsideCoverage", source, entry.line(),
                        "range", entry.range(), "coverage", coverage);
            }
            int from = WorkingDayCalendar.offset(coverage, entry.range().first());
            for (int i = 0; i < entry.range().days(); i++) {
                working[from + i] = entry.workday();
            }
        }
        return new WorkingDayCalendar(coverage, working, version, List.of(source), provenance);
    }

    private void readLine(String line, int lineNumber) {
        if (line.startsWith("#")) {
            readHeader(line, lineNumber);
            return;
        }
        String[] fields = line.split("\\s+", 3);
        if (fields.length < 3) {
            throw CalendarDataException.at("malformed", source, lineNumber, "text", line);
        }
        DateRange range;
        try {
            range = DateRange.parse(fields[0]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw CalendarDataException.at("badDate", source, lineNumber, "text", fields[0]);
        }
        String kind = fields[1].toLowerCase(Locale.ROOT);
        if (!kind.equals(HOLIDAY) && !kind.equals(WORKDAY)) {
            throw CalendarDataException.at("badKind", source, lineNumber, "kind", fields[1]);
        }
        boolean workday = kind.equals(WORKDAY);
        if (workday) {
            for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
                if (!isWeekend(day)) {
                    throw CalendarDataException.at("makeUpNotWeekend", source, lineNumber, "date", day);
                }
            }
        }
        if (!entries.isEmpty()) {
            Entry previous = entries.get(entries.size() - 1);
            if (!range.first().isAfter(previous.range().last())) {
                String problem = range.first().isBefore(previous.range().first()) ? "notSorted" : "overlap";
                throw CalendarDataException.at(problem, source, lineNumber, "range", range,
                        "previous", previous.range(), "previousLine", previous.line());
            }
        }
        entries.add(new Entry(range, workday, lineNumber));
    }

    private void readHeader(String line, int lineNumber) {
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
            return; // an ordinary comment
        }
        String key = header.group(1);
        String value = header.group(2);
        switch (key) {
            case "coverage" -> {
                requireFirst(coverage == null, key, lineNumber);
                try {
                    coverage = DateRange.parse(value);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw CalendarDataException.at("badCoverage", source, lineNumber, "text", value);
                }
            }
            case "version" -> {
                requireFirst(version == null, key, lineNumber);
                version = value;
            }
            default -> provenance.add(value);
        }
    }

    private void requireFirst(boolean first, String key, int lineNumber) {
        if (!first) {
            throw CalendarDataException.at("duplicateHeader", source, lineNumber, "key", key);
        }
    }

    private void requireHeader(boolean present, String key) {
        if (!present) {
            throw CalendarDataException.at("missingHeader", source, 0, "key", key);
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
