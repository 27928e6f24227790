package org.matterstandards.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks every day of the built-in calendar against the shared reference {@code cn-workday-calendar.tsv}, which was
 * compiled independently (gov.cn notices, cross-checked against two open-source calendars).
 */
class SharedCalendarCrossCheckTest {

    private static Path reference() {
        String shared = System.getenv("MATTER_SHARED_DIR");
        Path file = shared == null ? null : Path.of(shared, "reference", "cn-workday-calendar.tsv");
        assumeTrue(file != null && Files.isRegularFile(file),
                "calendar cross-check skipped: ../shared not present (MATTER_SHARED_DIR unset or without reference/)");
        return file;
    }

    @Test
    void everyDayOf2019To2026AgreesWithTheSharedReference() throws IOException {
        Map<LocalDate, String> special = new HashMap<>();
        LocalDate previous = null;
        for (String line : Files.readAllLines(reference(), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            LocalDate date = LocalDate.parse(fields[0]);
            assertThat(previous == null || date.isAfter(previous)).as("reference sorted at %s", date).isTrue();
            special.put(date, fields[1]);
            previous = date;
        }
        assertThat(special).hasSizeGreaterThan(250);

        WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();
        assertThat(calendar.coverage()).isEqualTo(new DateRange(LocalDate.of(2018, 12, 29), LocalDate.of(2026, 12, 31)));
        List<String> disagreements = new ArrayList<>();
        int days = 0;
        int working = 0;
        for (LocalDate day = calendar.coverage().first(); !day.isAfter(calendar.coverage().last());
                day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            String kind = special.get(day);
            boolean expected = "workday".equals(kind) || (weekday && !"holiday".equals(kind));
            if (calendar.isWorkingDay(day) != expected) {
                disagreements.add(day + " expected " + expected);
            }
            days++;
            working += expected ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        assertThat(days).isEqualTo(2925);
        assertThat(calendar.workingDaysBetween(calendar.coverage().first(), calendar.coverage().last()))
                .isEqualTo(working - 1); // (first, last]: the first day, a working Saturday, is not counted
    }
}
