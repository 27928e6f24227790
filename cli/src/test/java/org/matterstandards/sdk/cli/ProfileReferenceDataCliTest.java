package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.TestData;
import org.matterstandards.sdk.TestRecords;

/**
 * Every command that takes {@code --profile} uses the reference data the profile file names, and refuses a profile
 * whose file cannot be used with one line naming profile, setting and file, exit code 2 and nothing on stdout.
 */
class ProfileReferenceDataCliTest {

    /** An invented year, so that a test can count past the built-in calendar's end: not a real notice. */
    private static final String FICTITIOUS_2027 = """
            # source: FICTITIOUS test data, no 2027 notice
            # version: fictitious-test
            # coverage: 2027-01-01..2027-12-31
            2027-01-01              holiday  虚构假日（测试用）
            """;

    @TempDir
    Path dir;

    private void copy(Path from, String name) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.copy(from, dir.resolve(name));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A profile in a sub-folder, so that relative names must start at its folder and not the working one. */
    private String profile(String... settings) throws IOException {
        return write("profiles/test.properties", "name=test\nparent=national\n" + String.join("\n", settings) + "\n")
                .toString();
    }

    private static void assertRefused(CliRun run, String... mentioned) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).contains(mentioned).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theCalendarCommandCountsWithTheProfilesYears() throws IOException {
        write("profiles/years/2027.txt", FICTITIOUS_2027);
        String profile = profile("reference.calendar=years/2027.txt");

        assertThat(CliRun.of("calendar", "add", "--profile", profile, "2026-12-31", "1"))
                .isEqualTo(new CliRun(0, "2027-01-04\n", ""));
        // --calendar still adds a year on top of the profile's.
        Path year2028 = write("2028.txt", "# source: FICTITIOUS\n# version: t\n# coverage: 2028-01-01..2028-12-31\n");
        assertThat(CliRun.of("calendar", "is-working-day", "--profile", profile, "--calendar", year2028.toString(),
                "2028-01-03").out()).isEqualTo("2028-01-03 true\n");
        // Without the profile the built-in calendar ends on 2026-12-31.
        assertThat(CliRun.of("calendar", "add", "2026-12-31", "1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theCalendarCommandRefusesAProfileWhoseYearOverlapsTheBuiltInOnes() throws IOException {
        Path year = write("profiles/2026.txt", "# source: s\n# version: v\n# coverage: 2026-01-01..2026-12-31\n");
        String profile = profile("reference.calendar=2026.txt");
        assertRefused(CliRun.of("calendar", "add", "--profile", profile, "2026-12-30", "1"),
                "“test”", "reference.calendar", year.toString(), "重叠");
        assertRefused(CliRun.of("calendar", "add", "--locale", "en", "--profile", profile, "2026-12-30", "1"),
                "\"test\"", "reference.calendar", year.toString(), "overlap");
    }

    @Test
    void validateRefusesAMissingFileWithExitTwo() throws IOException {
        Path input = write("item.json", TestRecords.itemJson(item -> { }).toString());
        String profile = profile("reference.divisions=guangxi.tsv");
        assertRefused(CliRun.of("validate", input.toString(), "--profile", profile),
                "test", "reference.divisions", dir.resolve("profiles/guangxi.tsv").toString(), "不存在");
    }

    @Test
    void validateChecksTheRegionWithTheProfilesDivisions() throws IOException {
        copy(TestData.GUANGXI_DIVISIONS, "profiles/guangxi.tsv");
        String profile = profile("region=450721", "reference.divisions=guangxi.tsv");
        Path lingshan = write("lingshan.json", TestRecords.itemJson(item -> item.put("areaCode", "450721")).toString());
        Path longhu = write("longhu.json", TestRecords.itemJson(item -> { }).toString());
        Path report = dir.resolve("report.json");

        CliRun inside = CliRun.of("validate", lingshan.toString(), "--profile", profile, "--as-of", "2026-11-29",
                "--report-json", report.toString());
        assertThat(inside.out()).doesNotContain("CD-0202");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("divisions 2024-12-31 + " + TestData.GUANGXI_DIVISIONS_VERSION + ";");
        assertThat(CliRun.of("validate", longhu.toString(), "--profile", profile, "--as-of", "2026-11-29").out())
                .contains("CD-0202", "450721");
    }

    @Test
    void rulesAndElementsAcceptAVariantOnlyTheProfilesFileDefines() throws IOException {
        copy(TestData.GUANGXI_TASK_TYPES, "profiles/tables/types.tsv");
        String profile = profile("reference.codeTables=tables/types.tsv", "codeTable.taskType=guangxi");
        assertThat(CliRun.of("rules", "--profile", profile).exitCode()).isZero();
        assertThat(CliRun.of("elements", "--profile", profile).exitCode()).isZero();

        String broken = profile("reference.codeTables=taskType.other.tsv");
        assertRefused(CliRun.of("rules", "--profile", broken), "reference.codeTables", "taskType.other.tsv");
        assertRefused(CliRun.of("elements", "--profile", broken), "reference.codeTables", "taskType.other.tsv");
    }

    @Test
    void statsNamesTheProfilesDistrictsAndRefusesABrokenProfile() throws IOException {
        copy(TestData.GUANGXI_DIVISIONS, "profiles/guangxi.tsv");
        Path lingshan = write("lingshan.json", TestRecords.itemJson(item -> item.put("areaCode", "450721")).toString());
        CliRun run = CliRun.of("stats", lingshan.toString(), "--by", "district", "--profile",
                profile("reference.divisions=guangxi.tsv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("灵山县 450721");

        assertRefused(CliRun.of("stats", lingshan.toString(), "--profile", profile("reference.divisons=guangxi.tsv")),
                "reference.divisons", "reference.divisions");
    }

    @Test
    void diffRefusesABrokenProfile() throws IOException {
        Path item = write("item.json", TestRecords.itemJson(item2 -> { }).toString());
        assertRefused(CliRun.of("diff", "--upstream", item.toString(), "--local", item.toString(), "--profile",
                profile("reference.elements=a.tsv,b.tsv")), "reference.elements", "a.tsv,b.tsv");
    }
}
