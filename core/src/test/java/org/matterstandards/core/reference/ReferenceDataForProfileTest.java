package org.matterstandards.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.calendar.WorkingDayCalendar;
import org.matterstandards.core.code.Division;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.element.ElementCatalog;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;

class ReferenceDataForProfileTest {

    private static final ProfileRegistry REGISTRY = ProfileRegistry.builtIn();

    /** Three Guangxi rows: the region of the 灵山县 sample record (domain-reference §2.3, §8). */
    private static final String GUANGXI = """
            # version: test-guangxi
            450000\t广西壮族自治区\t-
            450700\t钦州市\t450000
            450721\t灵山县\t450700
            """;

    private static final String TASK_TYPE_TEST = """
            # table: taskType
            # variant: test
            # title.zh: 事项类型（测试）
            # title.en: task type (test)
            # source: test
            # compiled: 2026-11-29
            # version: test-1
            code\tzh\ten\ttags
            01\t行政许可\tadministrative licensing\tpower application licence
            20\t其他行政权力\tother administrative power\tpower application otherPower
            """;

    /** A calendar file whose coverage is not the FICTITIOUS test resource's. */
    private static final String CALENDAR_HEADER = "# source: test\n# version: test\n";

    @TempDir
    Path dir;

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A profile file {@code test.properties} in the temporary folder, below national. */
    private Profile profile(String... settings) throws IOException {
        return REGISTRY.load(write(dir.resolve("test.properties"),
                "name=test\nparent=national\n" + String.join("\n", settings) + "\n"));
    }

    private static ReferenceFileException refusal(Profile profile) {
        Throwable thrown = catchThrowable(() -> ReferenceData.forProfile(profile));
        assertThat(thrown).isInstanceOf(ReferenceFileException.class);
        return (ReferenceFileException) thrown;
    }

    /** The refusal names profile, setting and file in both languages, and its key is translated in both. */
    private ReferenceFileException refusal(Profile profile, String key, String setting, Path file) {
        ReferenceFileException e = refusal(profile);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(e.profile()).isEqualTo(profile.name());
        assertThat(e.setting()).isEqualTo(setting);
        assertThat(Messages.of(Messages.ZH_CN).has(key)).isTrue();
        assertThat(Messages.of(Messages.EN).has(key)).isTrue();
        for (String message : new String[] {e.getLocalizedMessage(Messages.ZH_CN), e.getLocalizedMessage(Messages.EN)}) {
            assertThat(message).contains(profile.name(), setting, profile.source());
            if (file != null) {
                assertThat(message).contains(file.toString());
            }
            assertThat(message).doesNotContain("{");
        }
        if (file != null) {
            assertThat(e.file()).isEqualTo(file.toString());
        }
        return e;
    }

    private static Path testResource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ReferenceDataForProfileTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBuiltInProfileGetsTheBuiltInDataUnchanged() {
        for (String name : REGISTRY.names()) {
            ReferenceData data = ReferenceData.forProfile(REGISTRY.get(name));
            assertThat(data.divisions()).as(name).isSameAs(DivisionTable.builtIn());
            assertThat(data.calendar()).as(name).isSameAs(WorkingDayCalendar.builtIn());
            assertThat(data.codeTables()).as(name).isSameAs(CodeTables.builtIn());
            assertThat(data.elements()).as(name).isSameAs(ElementCatalog.builtIn());
            assertThat(data.version()).as(name).isEqualTo(ReferenceData.builtIn().version());
        }
    }

    @Test
    void aDivisionFileIsMergedWithTheBuiltInGuangdongTable() throws IOException {
        write(dir.resolve("guangxi.tsv"), GUANGXI);
        DivisionTable divisions = ReferenceData.forProfile(profile("reference.divisions=guangxi.tsv")).divisions();

        assertThat(divisions.lookup("450721")).map(Division::name).contains("灵山县");
        assertThat(divisions.isWithin("450721", "450000")).isTrue();
        assertThat(divisions.coversProvince("450722")).isTrue();
        assertThat(divisions.lookup("440507")).as("the built-in rows stay").isPresent();
        assertThat(divisions.size()).isEqualTo(DivisionTable.builtIn().size() + 3);
        assertThat(divisions.version()).isEqualTo(DivisionTable.builtIn().version() + " + test-guangxi");
        assertThat(divisions.sources()).endsWith(dir.resolve("guangxi.tsv").toString());
    }

    @Test
    void calendarYearsFromTestResourcesAreCombinedInDateOrderRelativeToTheProfileFile() {
        // The profile lists 2028 before 2027; both files are FICTITIOUS test data next to the profile resource.
        Profile profile = REGISTRY.load(testResource("fictitious-calendar.properties"));
        WorkingDayCalendar calendar = ReferenceData.forProfile(profile).calendar();

        assertThat(calendar.coverage().first()).isEqualTo(WorkingDayCalendar.builtIn().coverage().first());
        assertThat(calendar.coverage().last()).isEqualTo(LocalDate.of(2028, 12, 31));
        // 2027-01-01 (Fri) is an invented holiday, so one working day after 2026-12-31 is Monday 2027-01-04.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).as("invented make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).as("invented holiday Monday").isFalse();
        assertThat(calendar.version()).contains("fictitious-2027-test", "fictitious-2028-test");
    }

    @Test
    void aCodeTableVariantIsAddedAndCanBeSelected() throws IOException {
        write(dir.resolve("tables/taskType.test.tsv"), TASK_TYPE_TEST);
        Profile profile = profile("reference.codeTables=tables/taskType.test.tsv", "codeTable.taskType=test");
        CodeTables tables = ReferenceData.forProfile(profile).codeTables();

        tables.checkProfile(profile);
        assertThat(tables.table(CodeTables.TASK_TYPE, profile).variant()).isEqualTo("test");
        assertThat(tables.label(CodeTables.TASK_TYPE, profile, "20", Messages.ZH_CN)).contains("其他行政权力");
        assertThat(tables.find(CodeTables.TASK_TYPE, "guangdong")).as("built-in variants stay").isPresent();
    }

    @Test
    void anElementCatalogueReplacesTheBuiltInOne() throws IOException {
        String builtIn;
        try (InputStream in = ElementCatalog.class.getResourceAsStream("elements.tsv")) {
            builtIn = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        write(dir.resolve("elements-2027.tsv"), builtIn.replaceFirst("# version: [^\\n]*", "# version: local-2027"));
        ElementCatalog catalog = ReferenceData.forProfile(profile("reference.elements=elements-2027.tsv")).elements();

        assertThat(catalog.version()).isEqualTo("local-2027");
        assertThat(catalog.elements()).hasSameSizeAs(ElementCatalog.builtIn().elements());
    }

    @Test
    void absolutePathsAndSeveralDivisionFilesWork() throws IOException {
        Path guangxi = write(dir.resolve("elsewhere/guangxi.tsv"), GUANGXI);
        write(dir.resolve("hainan.tsv"), "# version: test-hainan\n460000\t海南省\t-\n");
        DivisionTable divisions = ReferenceData.forProfile(profile(
                "reference.divisions=" + guangxi.toAbsolutePath().toString().replace("\\", "/") + " , hainan.tsv"))
                .divisions();
        assertThat(divisions.lookup("450721")).isPresent();
        assertThat(divisions.lookup("460000")).isPresent();
    }

    @Test
    void anInheritedSettingIsReadFromTheFolderOfTheProfileThatSetsIt() throws IOException {
        Path province = dir.resolve("province");
        write(province.resolve("guangxi.tsv"), GUANGXI);
        Profile parent = REGISTRY.load(write(province.resolve("guangxi.properties"), """
                name=guangxi-test
                parent=national
                region=450000
                reference.divisions=guangxi.tsv
                """));
        ProfileRegistry withParent = REGISTRY.with(parent);
        // The child lives in another folder that has no guangxi.tsv: the parent's folder counts.
        Profile child = withParent.load(write(dir.resolve("county/lingshan.properties"), """
                name=lingshan-test
                parent=guangxi-test
                region=450721
                """));
        assertThat(child.origin("reference.divisions")).contains(parent);
        assertThat(ReferenceData.forProfile(child).divisions().lookup("450721")).isPresent();

        // An empty value in the child goes back to the built-in data.
        Profile builtInOnly = withParent.load(write(dir.resolve("county/plain.properties"), """
                name=plain-test
                parent=guangxi-test
                reference.divisions=
                """));
        assertThat(ReferenceData.forProfile(builtInOnly).divisions()).isSameAs(DivisionTable.builtIn());
    }

    @Test
    void aProfileReadFromAStreamResolvesAgainstTheFolderItsSourceNames() throws IOException {
        write(dir.resolve("guangxi.tsv"), GUANGXI);
        String source = dir.resolve("from-stream.properties").toString();
        Profile profile = REGISTRY.load(new ByteArrayInputStream(
                "name=s\nparent=national\nreference.divisions=guangxi.tsv\n".getBytes(StandardCharsets.UTF_8)), source);
        assertThat(ReferenceData.forProfile(profile).divisions().lookup("450700")).isPresent();
    }

    @Test
    void anUnknownSettingIsRefusedWithTheKnownOnes() throws IOException {
        ReferenceFileException e = refusal(profile("reference.division=guangxi.tsv"), "reference.unknownSetting",
                "reference.division", null);
        assertThat(e.getLocalizedMessage(Messages.EN)).contains("reference.divisions", "reference.calendar",
                "reference.codeTables", "reference.elements");
        assertThat(e.file()).isNull();
    }

    @Test
    void aMissingFileIsNamedAsResolved() throws IOException {
        ReferenceFileException e = refusal(profile("reference.divisions=missing/guangxi.tsv"),
                "reference.fileMissing", "reference.divisions", dir.resolve("missing/guangxi.tsv"));
        assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("不存在");
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Files.createDirectories(dir.resolve("tables"));
        refusal(profile("reference.codeTables=tables"), "reference.notAFile", "reference.codeTables",
                dir.resolve("tables"));
    }

    @Test
    void aMalformedDivisionLineIsRefusedWithItsLine() throws IOException {
        Path file = write(dir.resolve("bad.tsv"), "# version: v\n450000\t广西壮族自治区\n");
        ReferenceFileException e = refusal(profile("reference.divisions=bad.tsv"), "reference.refused",
                "reference.divisions", file);
        assertThat(e.getLocalizedMessage(Messages.EN)).contains("line 2", "expected 3 TAB-separated fields");
    }

    @Test
    void aDivisionCodeThatTheBuiltInTableHasIsAContradiction() throws IOException {
        Path file = write(dir.resolve("guangdong-again.tsv"), "# version: v\n440000\t广东省\t-\n");
        write(dir.resolve("guangxi.tsv"), GUANGXI);
        ReferenceFileException clash = refusal(profile("reference.divisions=guangxi.tsv,guangdong-again.tsv"),
                "reference.conflict", "reference.divisions", file);
        assertThat(clash.getLocalizedMessage(Messages.EN)).contains("division 440000");
    }

    @Test
    void aCalendarYearTheBuiltInCalendarCoversOrThatLeavesAGapIsAContradiction() throws IOException {
        Path overlap = write(dir.resolve("2026.txt"), CALENDAR_HEADER + "# coverage: 2026-01-01..2026-12-31\n");
        ReferenceFileException e = refusal(profile("reference.calendar=2026.txt"), "reference.conflict",
                "reference.calendar", overlap);
        assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("重叠");
        assertThat(e.getLocalizedMessage(Messages.EN)).contains("overlap");

        Path gap = write(dir.resolve("2028.txt"), CALENDAR_HEADER + "# coverage: 2028-01-01..2028-12-31\n");
        assertThat(refusal(profile("reference.calendar=2028.txt"), "reference.conflict", "reference.calendar", gap)
                .getLocalizedMessage(Messages.EN)).contains("2027-01-01..2027-12-31");
    }

    @Test
    void aMalformedCalendarLineIsRefusedInTheUsersLanguage() throws IOException {
        Path file = write(dir.resolve("2027.txt"), CALENDAR_HEADER
                + "# coverage: 2027-01-01..2027-12-31\n2027-01-04 workday 测试\n");
        ReferenceFileException e = refusal(profile("reference.calendar=2027.txt"), "reference.refused",
                "reference.calendar", file);
        // 2027-01-04 is a Monday: the calendar's own text, in each language.
        assertThat(e.getLocalizedMessage(Messages.ZH_CN)).contains("不是星期六或星期日");
        assertThat(e.getLocalizedMessage(Messages.EN)).contains("is not a Saturday or Sunday");
    }

    @Test
    void codeTableProblemsAreRefused() throws IOException {
        Path malformed = write(dir.resolve("broken.tsv"), "# table: taskType\ncode\tzh\n");
        refusal(profile("reference.codeTables=broken.tsv"), "reference.refused", "reference.codeTables", malformed);

        Path unknown = write(dir.resolve("taskKind.test.tsv"), TASK_TYPE_TEST.replace("# table: taskType",
                "# table: taskKind"));
        ReferenceFileException e = refusal(profile("reference.codeTables=taskKind.test.tsv"),
                "reference.unknownTable", "reference.codeTables", unknown);
        assertThat(e.getLocalizedMessage(Messages.EN)).contains("taskKind", "taskType");

        write(dir.resolve("a.tsv"), TASK_TYPE_TEST);
        Path second = write(dir.resolve("b.tsv"), TASK_TYPE_TEST);
        assertThat(refusal(profile("reference.codeTables=a.tsv,b.tsv"), "reference.duplicateTable",
                "reference.codeTables", second).getLocalizedMessage(Messages.EN))
                .contains(dir.resolve("a.tsv").toString(), "taskType.test");
    }

    @Test
    void settingValuesThatNameNoUsableFileAreRefused() throws IOException {
        refusal(profile("reference.elements=a.tsv,b.tsv"), "reference.oneFile", "reference.elements", null);
        refusal(profile("reference.divisions=a.tsv,,b.tsv"), "reference.emptyEntry", "reference.divisions", null);
        ReferenceFileException e = refusal(profile("reference.divisions=bad\\u0000name.tsv"), "reference.badPath",
                "reference.divisions", null);
        assertThat(e.file()).isEqualTo("bad\u0000name.tsv");
    }

    @Test
    void aMalformedElementCatalogueIsRefused() throws IOException {
        Path file = write(dir.resolve("elements.tsv"), "# version: v\nkinds\tkey\n");
        refusal(profile("reference.elements=elements.tsv"), "reference.refused", "reference.elements", file);
    }
}
