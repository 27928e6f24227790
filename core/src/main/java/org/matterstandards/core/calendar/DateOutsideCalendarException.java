package org.matterstandards.core.calendar;

import java.time.LocalDate;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;

/**
 * A date that the working-day calendar does not cover (日期超出工作日历覆盖范围). The calendar never guesses: whether a
 * day of a year without a published holiday arrangement (节假日安排) is a working day is unknown, so asking is an
 * error that names the covered range. Load the missing year ({@link WorkingDayCalendar#with(WorkingDayCalendar)})
 * to go on.
 */
public final class DateOutsideCalendarException extends MatterException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final DateRange coverage;

    private DateOutsideCalendarException(String messageKey, LocalDate date, DateRange coverage, Object... more) {
        super(messageKey, withCoverage(date, coverage, more));
        this.date = date;
        this.coverage = coverage;
    }

    private static Map<String, Object> withCoverage(LocalDate date, DateRange coverage, Object... more) {
        Map<String, Object> arguments = Args.of(more);
        arguments.put("date", date);
        arguments.put("coverage", coverage);
        arguments.put("first", coverage.first());
        arguments.put("last", coverage.last());
        return arguments;
    }

    /** A date given to the calendar lies outside its coverage. */
    static DateOutsideCalendarException dateOutside(LocalDate date, DateRange coverage) {
        return new DateOutsideCalendarException("calendar.outsideCoverage", date, coverage);
    }

    /** Counting forward from a covered date runs past the last covered day. */
    static DateOutsideCalendarException countPastEnd(LocalDate start, int count, DateRange coverage) {
        return new DateOutsideCalendarException("calendar.countPastCoverage", start, coverage, "count", count);
    }

    /** @return the date that was asked about, or the start date of a count that ran past the coverage */
    public LocalDate date() {
        return date;
    }

    /** @return the range the calendar covers */
    public DateRange coverage() {
        return coverage;
    }
}
