package org.matterstandards.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.reference.ReferenceData;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** The worked examples of ../shared/reference/cn-workday-calendar.md, copied here as expected values. */
    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2021-09-29 | 3 | 2021-10-09 | Sat 10-09 is a make-up day after 国庆",
        "2024-02-08 | 2 | 2024-02-18 | 除夕 02-09 works; Sun 02-18 is a make-up day",
        "2025-01-24 | 3 | 2025-02-05 | Sun 01-26 make-up day before 春节",
        "2026-02-12 | 3 | 2026-02-24 | Sat 02-14 make-up day before 春节",
        "2026-02-16 | 3 | 2026-02-26 | the start day is a holiday and is not counted",
        "2025-09-26 | 5 | 2025-10-10 | Sun 09-28 make-up day before 国庆节、中秋节",
        "2026-09-30 | 3 | 2026-10-10 | Sat 10-10 make-up day after 国庆",
        "2023-09-28 | 2 | 2023-10-08 | Sat 10-07 and Sun 10-08 are make-up days",
        "2020-01-23 | 1 | 2020-02-03 | extended 春节; Sat 02-01 is not a working day",
        "2019-04-30 | 3 | 2019-05-07 | Sun 05-05 make-up day after 劳动节",
    })
    void workedExamplesOfTheReference(String start, int n, String expected, String why) {
        assertThat(CALENDAR.plusWorkingDays(d(start), n)).isEqualTo(d(expected));
        assertThat(CALENDAR.workingDaysBetween(d(start), d(expected))).isEqualTo(n);
        assertThat(CALENDAR.isWorkingDay(d(expected))).isTrue();
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2020-02-01, false", // make-up Saturday cancelled by the 2020 extension
        "2024-02-09, true",  // 除夕 2024: rest only encouraged
        "2020-02-03, true",  // an ordinary Monday after the extended 春节
        "2018-12-29, true",  // the first covered day, a make-up Saturday for 元旦 2019
        "2026-12-31, true",  // the last covered day, a Thursday
        "2026-02-14, true",  // Saturday before 春节 2026
        "2026-02-16, false", // 春节 2026
        "2026-10-10, true",  // Saturday after 国庆 2026
        "2025-10-11, true",  // Saturday after 国庆 2025
        "2025-10-12, false", // an ordinary Sunday
        "2025-10-13, true"}) // an ordinary Monday
    void trapsAndEdgesOfTheCoverage(String date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(d(date))).isEqualTo(working);
    }

    @Test
    void builtInCalendarDescribesItself() {
        assertThat(CALENDAR.coverage()).isEqualTo(new DateRange(d("2018-12-29"), d("2026-12-31")));
        assertThat(CALENDAR.coverage()).hasToString("2018-12-29..2026-12-31");
        assertThat(CALENDAR.version()).isEqualTo("2026-11-29");
        assertThat(CALENDAR.sources()).containsExactly("working-days-cn.txt");
        assertThat(CALENDAR.provenance()).hasSize(10).allMatch(source -> source.contains("gov.cn"));
        assertThat(ReferenceData.builtIn().calendar()).isSameAs(CALENDAR);
    }

    @Test
    void builtInCalendarIsLoadedOnceAndShared() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<WorkingDayCalendar>> calls = IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<WorkingDayCalendar>) WorkingDayCalendar::builtIn).toList();
            for (Future<WorkingDayCalendar> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isSameAs(CALENDAR);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countingZeroDaysIsTheDateItselfAndBetweenIsSigned() {
        assertThat(CALENDAR.plusWorkingDays(d("2026-02-16"), 0)).isEqualTo(d("2026-02-16"));
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-24"), d("2025-01-24"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(d("2025-02-05"), d("2025-01-24"))).isEqualTo(-3);
        // (from, to]: the start day is never counted, the end day is.
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-23"), d("2025-01-24"))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-24"), d("2025-01-25"))).isZero();
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2025-01-24"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void datesOutsideTheCoverageAreRefusedNeverGuessed() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2027-01-04")))
                .isInstanceOfSatisfying(DateOutsideCalendarException.class, e -> {
                    assertThat(e.date()).isEqualTo(d("2027-01-04"));
                    assertThat(e.coverage()).isEqualTo(CALENDAR.coverage());
                    assertThat(e.messageKey()).isEqualTo("calendar.outsideCoverage");
                    assertThat(e.getMessage()).contains("2027-01-04", "2018-12-29", "2026-12-31");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN))
                            .contains("2027-01-04", "超出工作日历的覆盖范围", "2018-12-29 至 2026-12-31");
                });
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2018-12-28")))
                .isInstanceOf(DateOutsideCalendarException.class);
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2018-12-28"), 1))
                .isInstanceOf(DateOutsideCalendarException.class);
        assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("2026-12-01"), d("2027-01-01")))
                .isInstanceOf(DateOutsideCalendarException.class);
        assertThat(CALENDAR.covers(d("2026-12-31"))).isTrue();
        assertThat(CALENDAR.covers(d("2027-01-01"))).isFalse();
    }

    @Test
    void countingPastTheEndOfTheCoverageIsRefused() {
        assertThat(CALENDAR.plusWorkingDays(d("2026-12-28"), 3)).isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2026-12-28"), 4))
                .isInstanceOfSatisfying(DateOutsideCalendarException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.countPastCoverage");
                    assertThat(e.date()).isEqualTo(d("2026-12-28"));
                    assertThat(e.getLocalizedMessage(Locale.ENGLISH)).contains("4 working days after 2026-12-28");
                });
    }
}
