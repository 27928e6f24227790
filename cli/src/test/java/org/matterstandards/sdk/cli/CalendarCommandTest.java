package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    /** What one run printed and returned. */
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void isWorkingDayPrintsOneLinePerDate() {
        CliRun run = run("calendar", "is-working-day", "2024-02-09", "2020-02-01", "2026-02-14");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2024-02-09 true\n2020-02-01 false\n2026-02-14 true\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void addPrintsOneDatePerPair() {
        CliRun run = run("calendar", "add", "2021-09-29", "3", "2026-02-16", "3", "2025-01-24", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2021-10-09\n2026-02-26\n2025-01-24\n");
    }

    @Test
    void betweenPrintsANumber() {
        assertThat(run("calendar", "between", "2025-09-26", "2025-10-10")).isEqualTo(new CliRun(0, "5\n", ""));
        assertThat(run("calendar", "between", "2025-10-10", "2025-09-26").out()).isEqualTo("-5\n");
    }

    @Test
    void aDateOutsideTheCoverageExitsTwoWithOneLineAndNoResults() {
        CliRun run = run("calendar", "is-working-day", "2026-12-31", "2027-01-04");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).contains("2027-01-04", "2018-12-29 至 2026-12-31");

        CliRun english = run("calendar", "add", "--locale", "en", "2026-12-30", "3");
        assertThat(english.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(english.err()).hasLineCount(1)
                .startsWith("Counting 3 working days after 2026-12-30 runs past the end");
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        CliRun badDate = run("calendar", "between", "2025-9-26", "2025-10-10");
        assertThat(badDate).isEqualTo(new CliRun(ExitCode.USAGE, "", "“2025-9-26”不是 yyyy-MM-dd 格式的日期\n"));
        CliRun badCount = run("calendar", "add", "--locale", "en", "2025-09-26", "three");
        assertThat(badCount.err()).isEqualTo("\"three\" is not a whole number of working days (0 or more)\n");
        assertThat(run("calendar", "add", "2025-09-26", "-1").err()).hasLineCount(1).contains("“-1”");
        CliRun unpaired = run("calendar", "add", "2025-09-26", "3", "2025-10-01");
        assertThat(unpaired.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unpaired.err()).hasLineCount(1).contains("3 个参数");
        assertThat(run("calendar", "between", "2025-09-26").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anotherYearCanBeLoadedFromAFile(@TempDir Path dir) throws IOException {
        Path year = dir.resolve("2027.txt");
        Files.writeString(year, """
                # source: test data, not a real notice
                # version: test-1
                # coverage: 2027-01-01..2027-12-31
                2027-01-01..2027-01-03  holiday  元旦
                """, StandardCharsets.UTF_8);
        CliRun run = run("calendar", "add", "--calendar", year.toString(), "2026-12-30", "3");
        assertThat(run).isEqualTo(new CliRun(0, "2027-01-05\n", ""));

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "# source: s\n# version: v\n# coverage: 2027-01-01..2027-12-31\n"
                + "2027-01-04 workday 元旦\n", StandardCharsets.UTF_8);
        CliRun refused = run("calendar", "is-working-day", "--calendar", bad.toString(), "2027-01-04");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo(bad + ":4：2027-01-04 不是星期六或星期日，调休上班日（workday）只能在周末\n");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = run("calendar", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("is-working-day", "add", "between");
    }
}
