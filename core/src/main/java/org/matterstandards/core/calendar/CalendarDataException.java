package org.matterstandards.core.calendar;

import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;

/**
 * Calendar data that is refused (工作日历数据错误): a malformed, unsorted or self-contradicting line, a make-up working
 * day that is not a weekend day, a missing header, or two calendars whose coverages overlap or leave a gap. The
 * message names the source and, where there is one, the line.
 */
public final class CalendarDataException extends MatterException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    private CalendarDataException(String messageKey, String source, int line, Map<String, ?> arguments,
                                  Throwable cause) {
        super(messageKey, arguments, cause);
        this.source = source;
        this.line = line;
    }

    /**
     * A problem on one line of a source ({@code line} 0: the source as a whole).
     *
     * @param problem        the problem's key suffix, e.g. {@code notSorted}
     * @param source         the source name
     * @param line           1-based line number, 0 for the whole source
     * @param namesAndValues further named arguments
     * @return the exception
     */
    static CalendarDataException at(String problem, String source, int line, Object... namesAndValues) {
        Map<String, Object> arguments = Args.of(namesAndValues);
        arguments.put("source", line > 0 ? source + ":" + line : source);
        arguments.put("line", line);
        return new CalendarDataException("calendar.data." + problem, source, line, arguments, null);
    }

    /**
     * A source that cannot be read at all.
     *
     * @param source the source name
     * @param cause  the I/O problem
     * @return the exception
     */
    static CalendarDataException unreadable(String source, Exception cause) {
        return new CalendarDataException("calendar.data.unreadable", source, 0,
                Args.of("source", source, "detail", String.valueOf(cause.getMessage())), cause);
    }

    /**
     * A calendar file that does not exist.
     *
     * @param source the file name
     * @return the exception
     */
    static CalendarDataException missing(String source) {
        return new CalendarDataException("calendar.data.fileMissing", source, 0, Args.of("source", source), null);
    }

    /**
     * Two calendars that cannot be combined.
     *
     * @param problem        {@code overlap} or {@code gap}
     * @param namesAndValues named arguments
     * @return the exception
     */
    static CalendarDataException combine(String problem, Object... namesAndValues) {
        return new CalendarDataException("calendar.combine." + problem, null, 0, Args.of(namesAndValues), null);
    }

    /** @return the source the problem is in, or {@code null} when combining calendars */
    public String source() {
        return source;
    }

    /** @return the 1-based line of the problem, or 0 when it concerns the whole source */
    public int line() {
        return line;
    }
}
