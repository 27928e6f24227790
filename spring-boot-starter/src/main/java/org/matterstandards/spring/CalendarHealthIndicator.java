package org.matterstandards.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.matterstandards.core.calendar.DateRange;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the working-day calendar (工作日历) reaches far enough ahead: deadlines counted in working days need the
 * coming months' holidays and 调休 days. {@code OUT_OF_SERVICE} when the calendar ends within the horizon (publish the
 * next year's calendar), {@code DOWN} when it does not even cover today.
 */
public class CalendarHealthIndicator extends AbstractHealthIndicator {

    private final WorkingDayCalendar calendar;
    private final int horizonDays;
    private final Clock clock;

    /**
     * @param calendar    the validator's calendar
     * @param horizonDays how many days ahead it must cover
     * @param clock       gives today (in the clock's zone)
     */
    public CalendarHealthIndicator(WorkingDayCalendar calendar, int horizonDays, Clock clock) {
        this.calendar = calendar;
        this.horizonDays = horizonDays;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(horizonDays);
        DateRange coverage = calendar.coverage();
        builder.withDetail("calendar", calendar.version()).withDetail("coverage", coverage.toString())
                .withDetail("today", today.toString()).withDetail("horizon", horizon.toString());
        Map<String, Object> args = Args.of("calendar", calendar.version(), "coverage", coverage.toString(),
                "today", today, "last", coverage.last(), "days", horizonDays, "horizon", horizon);
        if (!calendar.covers(today)) {
            builder.down().withDetail("message", bilingual("calendar.health.today", args));
        } else if (!calendar.covers(horizon)) {
            builder.outOfService().withDetail("message", bilingual("calendar.health.horizon", args));
        } else {
            builder.up();
        }
    }

    /** Health details have no request locale: Chinese first, English second, never the JVM default. */
    private static String bilingual(String key, Map<String, Object> args) {
        return Messages.of(Messages.ZH_CN).format(key, args) + " / " + Messages.of(Messages.EN).format(key, args);
    }
}
