package org.matterstandards.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An inclusive range of dates (日期区间), e.g. the coverage of a {@link WorkingDayCalendar}: {@code 2018-12-29..2026-12-31}.
 *
 * @param first the first date of the range
 * @param last  the last date of the range, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    /** Checks that both ends are given and in order. */
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
        }
    }

    /**
     * Parses {@code yyyy-MM-dd} (one day) or {@code yyyy-MM-dd..yyyy-MM-dd}.
     *
     * @param text the range text
     * @return the range
     * @throws java.time.format.DateTimeParseException when a date is malformed
     * @throws IllegalArgumentException                when the range ends before it starts
     */
    public static DateRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            LocalDate day = LocalDate.parse(text);
            return new DateRange(day, day);
        }
        return new DateRange(LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
    }

    /**
     * Whether a date lies in the range.
     *
     * @param date a date, not null
     * @return {@code true} when {@code first <= date <= last}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /**
     * Whether two ranges share at least one day.
     *
     * @param other another range
     * @return {@code true} when they overlap
     */
    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** @return the number of days in the range, at least 1 */
    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    }

    /** @return {@code yyyy-MM-dd..yyyy-MM-dd} */
    @Override
    public String toString() {
        return first + ".." + last;
    }
}
