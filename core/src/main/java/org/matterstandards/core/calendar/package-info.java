/**
 * The working-day calendar (工作日历): official holidays (法定节假日) and make-up working days (调休上班) of mainland
 * China, and counting deadlines in working days.
 *
 * <ul>
 *   <li>{@link org.matterstandards.core.calendar.WorkingDayCalendar} — is a day a working day, D + N working days,
 *       working days between two dates; built in for 2019–2026, extensible by loading a file;</li>
 *   <li>{@link org.matterstandards.core.calendar.DateRange} — an inclusive range of dates, e.g. the coverage;</li>
 *   <li>{@link org.matterstandards.core.calendar.DateOutsideCalendarException} — a date the calendar does not cover
 *       (never guessed);</li>
 *   <li>{@link org.matterstandards.core.calendar.CalendarDataException} — calendar data that is refused.</li>
 * </ul>
 */
package org.matterstandards.core.calendar;
