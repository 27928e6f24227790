package org.matterstandards.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random properties that tie {@link WorkingDayCalendar#plusWorkingDays} and
 * {@link WorkingDayCalendar#workingDaysBetween} together. The seed is fixed so a failure can be replayed.
 */
class WorkingDayCalendarPropertiesTest {

    private static final long SEED = 20261129L;
    private static final int ROUNDS = 20_000;
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();
    /** Leaves room before the end of the coverage for counts of up to 60 working days and spans of 180 days. */
    private static final int SPAN = CALENDAR.coverage().days() - 200;

    private static LocalDate randomDate(Random random) {
        return CALENDAR.coverage().first().plusDays(random.nextInt(SPAN));
    }

    @Test
    void betweenCountsExactlyTheWorkingDaysThatPlusSkipsOver() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate start = randomDate(random);
            int n = random.nextInt(61);
            LocalDate result = CALENDAR.plusWorkingDays(start, n);
            assertThat(CALENDAR.workingDaysBetween(start, result)).as("%s + %d = %s", start, n, result).isEqualTo(n);
            if (n > 0) {
                assertThat(result).isAfter(start);
                assertThat(CALENDAR.isWorkingDay(result)).as("%s + %d = %s is a working day", start, n, result)
                        .isTrue();
                // The result is the first day that reaches n: the day before it has one working day fewer.
                assertThat(CALENDAR.workingDaysBetween(start, result.minusDays(1))).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void plusIsMonotonicInTheStartDateAndInTheCount() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate start = randomDate(random);
            LocalDate later = start.plusDays(random.nextInt(30));
            int n = 1 + random.nextInt(40);
            int more = n + 1 + random.nextInt(20);
            assertThat(CALENDAR.plusWorkingDays(later, n)).isAfterOrEqualTo(CALENDAR.plusWorkingDays(start, n));
            assertThat(CALENDAR.plusWorkingDays(start, more)).isAfter(CALENDAR.plusWorkingDays(start, n));
        }
    }

    @Test
    void betweenIsAntisymmetricAdditiveAndAgreesWithDayByDayCounting() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < ROUNDS / 10; round++) {
            LocalDate a = randomDate(random);
            LocalDate b = a.plusDays(random.nextInt(90));
            LocalDate c = b.plusDays(random.nextInt(90));
            assertThat(CALENDAR.workingDaysBetween(b, a)).isEqualTo(-CALENDAR.workingDaysBetween(a, b));
            assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
                    .isEqualTo(CALENDAR.workingDaysBetween(a, c));
            int counted = 0;
            for (LocalDate day = a.plusDays(1); !day.isAfter(c); day = day.plusDays(1)) {
                counted += CALENDAR.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(CALENDAR.workingDaysBetween(a, c)).isEqualTo(counted);
        }
    }
}
