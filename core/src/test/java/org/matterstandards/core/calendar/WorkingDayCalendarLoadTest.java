package org.matterstandards.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matterstandards.core.i18n.Messages;

class WorkingDayCalendarLoadTest {

    private static final String HEADER_2027 = """
            # test data for a year the built-in calendar does not know (not a real notice)
            # source: test
            # version: test-1
            # coverage: 2027-01-01..2027-12-31
            """;

    /** A made-up 2027: 元旦 Fri 01-01..Sun 01-03, a 春节 week with one make-up Saturday. */
    static final String YEAR_2027 = HEADER_2027 + """
            2027-01-01..2027-01-03\tholiday\t元旦
            2027-02-06   workday   春节
            2027-02-07..2027-02-13 holiday 春节
            """;

    static WorkingDayCalendar load(String text, String source) {
        return WorkingDayCalendar.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aLoadedYearExtendsTheBuiltInCalendar() {
        WorkingDayCalendar next = load(YEAR_2027, "2027.txt");
        WorkingDayCalendar combined = WorkingDayCalendar.builtIn().with(next);
        assertThat(combined.coverage()).hasToString("2018-12-29..2027-12-31");
        assertThat(combined.sources()).containsExactly("working-days-cn.txt", "2027.txt");
        assertThat(combined.version()).isEqualTo("2026-11-29 + test-1");
        assertThat(combined.provenance()).endsWith("test");
        // Thu 2026-12-31 (1), Mon 2027-01-04 (2), Tue (3): counting crosses the seam of the two sources.
        assertThat(combined.plusWorkingDays(d("2026-12-30"), 3)).isEqualTo(d("2027-01-05"));
        assertThat(combined.workingDaysBetween(d("2026-12-30"), d("2027-01-05"))).isEqualTo(3);
        assertThat(combined.isWorkingDay(d("2027-02-06"))).isTrue();
        assertThat(combined.isWorkingDay(d("2027-02-08"))).isFalse();
        assertThat(combined.isWorkingDay(d("2018-12-29"))).isTrue();
        // Order of combination does not matter, and the originals are unchanged.
        assertThat(next.with(WorkingDayCalendar.builtIn()).coverage()).isEqualTo(combined.coverage());
        assertThat(WorkingDayCalendar.builtIn().coverage().last()).isEqualTo(d("2026-12-31"));
    }

    @Test
    void overlappingCoveragesAreRefused() {
        WorkingDayCalendar overlapping = load("""
                # source: test
                # version: t
                # coverage: 2026-12-01..2027-12-31
                """, "overlap.txt");
        assertThatThrownBy(() -> WorkingDayCalendar.builtIn().with(overlapping))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.combine.overlap");
                    assertThat(e.getMessage()).contains("working-days-cn.txt", "overlap.txt",
                            "2018-12-29..2026-12-31", "2026-12-01..2027-12-31");
                });
    }

    @Test
    void aGapBetweenCoveragesIsRefused() {
        WorkingDayCalendar later = load("""
                # source: test
                # version: t
                # coverage: 2028-01-01..2028-12-31
                """, "2028.txt");
        assertThatThrownBy(() -> WorkingDayCalendar.builtIn().with(later))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2027-01-01..2027-12-31");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "make-up day on a weekday | 2027-02-05 workday 春节 | 5 | calendar.data.makeUpNotWeekend | 2027-02-05",
        "make-up range with a weekday | 2027-02-06..2027-02-08 workday 春节 | 5 | calendar.data.makeUpNotWeekend | 2027-02-08",
        "unsorted | 2027-05-01 holiday 劳动节\\n2027-04-05 holiday 清明节 | 6 | calendar.data.notSorted | line 5",
        "overlap | 2027-05-01..2027-05-05 holiday 劳动节\\n2027-05-05 holiday 劳动节 | 6 | calendar.data.overlap | 2027-05-01..2027-05-05",
        "contradiction | 2027-10-09 holiday 国庆节\\n2027-10-09 workday 国庆节 | 6 | calendar.data.overlap | 2027-10-09",
        "two fields | 2027-05-01 holiday | 5 | calendar.data.malformed | 2027-05-01 holiday",
        "bad date | 2027-02-30 holiday 春节 | 5 | calendar.data.badDate | 2027-02-30",
        "range backwards | 2027-02-13..2027-02-07 holiday 春节 | 5 | calendar.data.badDate | 2027-02-13..2027-02-07",
        "bad kind | 2027-02-07 off 春节 | 5 | calendar.data.badKind | off",
        "outside coverage | 2028-01-01 holiday 元旦 | 5 | calendar.data.outsideCoverage | 2027-01-01..2027-12-31",
    })
    void refusedLinesNameTheSourceAndLine(String what, String entries, int line, String key, String detail) {
        String text = HEADER_2027 + entries.replace("\\n", "\n") + "\n";
        assertThatThrownBy(() -> load(text, "bad.txt"))
                .as(what)
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.source()).isEqualTo("bad.txt");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("bad.txt:" + line + ": ").contains(detail);
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).startsWith("bad.txt:" + line + "：");
                });
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"coverage", "version", "source"})
    void everyHeaderIsRequired(String key) {
        String text = HEADER_2027.lines().filter(line -> !line.startsWith("# " + key + ":"))
                .reduce("", (all, line) -> all + line + "\n");
        assertThatThrownBy(() -> load(text, "h.txt"))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.data.missingHeader");
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).isEqualTo("h.txt: the header line \"# " + key + ": ...\" is missing");
                });
    }

    @Test
    void aRepeatedOrMalformedHeaderIsRefused() {
        assertThatThrownBy(() -> load(HEADER_2027 + "# version: again\n", "h.txt"))
                .isInstanceOfSatisfying(CalendarDataException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calendar.data.duplicateHeader"));
        assertThatThrownBy(() -> load("# source: s\n# version: v\n# coverage: 2027\n", "h.txt"))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.data.badCoverage");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreTolerated() {
        WorkingDayCalendar calendar = load("\uFEFF" + YEAR_2027.replace("\n", "\r\n"), "bom.txt");
        assertThat(calendar.isWorkingDay(d("2027-02-06"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-03-01"))).isTrue();
    }

    @Test
    void loadsAFileAndReportsAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2027.txt");
        Files.writeString(file, YEAR_2027, StandardCharsets.UTF_8);
        assertThat(WorkingDayCalendar.load(file).coverage()).hasToString("2027-01-01..2027-12-31");
        Path missing = dir.resolve("none.txt");
        assertThatThrownBy(() -> WorkingDayCalendar.load(missing))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.data.fileMissing");
                    assertThat(e.getLocalizedMessage(Messages.ZH_CN)).isEqualTo("工作日历文件不存在：" + missing);
                });
    }
}
