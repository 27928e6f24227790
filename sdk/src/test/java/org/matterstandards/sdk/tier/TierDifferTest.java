package org.matterstandards.sdk.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.element.Route;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.ValidationResult;

class TierDifferTest {

    private static final Path UPSTREAM = Repository.file("examples/data/upstream-shantou.json");
    private static final Path LOCAL = Repository.file("examples/data/local-longhu.json");
    private static final Path NOTES = Repository.file("examples/data/tiers.md");
    private static final Pattern ROW = Pattern.compile(
            "\\|\\s*(local|upstream)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(EL-\\d{4})\\s*\\|\\s*`([^`]*)`\\s*\\|\\s*(\\w+)\\s*\\|.*");

    /** The findings of a run as the rows of the table: file, record number, code, pointer, severity. */
    private static List<String> rows(TierDiffResult result) {
        List<String> rows = new ArrayList<>();
        addRows("local", result.local(), rows);
        addRows("upstream", result.upstream(), rows);
        return rows;
    }

    private static void addRows(String file, List<ValidationResult> results, List<String> rows) {
        for (ValidationResult record : results) {
            for (Finding finding : record.findings()) {
                rows.add(file + " " + (record.index() + 1) + " " + finding.code() + " " + finding.pointer() + " "
                        + finding.severity());
            }
        }
    }

    /** The expected findings of one table in tiers.md, between its begin and end markers. */
    private static List<String> expected(String table) throws IOException {
        List<String> lines = Files.readAllLines(NOTES, StandardCharsets.UTF_8);
        int begin = lines.indexOf("<!-- " + table + ": begin -->");
        int end = lines.indexOf("<!-- " + table + ": end -->");
        assertThat(begin).as("marker of " + table + " in tiers.md").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(begin + 1, end)) {
            Matcher matcher = ROW.matcher(line);
            if (matcher.matches()) {
                rows.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) + " " + matcher.group(4)
                        + " " + matcher.group(5));
            }
        }
        return rows;
    }

    @Test
    void exampleDataGivesTheFindingsDocumentedInItsNotes() throws IOException {
        TierDiffResult result = TierDiffer.builder().profile("longhu").build().diff(UPSTREAM, LOCAL);
        assertThat(rows(result)).containsExactlyElementsOf(expected("expected-findings"));
        // 3 of the 7 审核 changes lower a statutory condition (EL-0407 / covered by record 4's review number).
        assertThat(result.changeSet().size()).isEqualTo(21);
        assertThat(result.changeSet().count(Route.REVIEW)).isEqualTo(7);
        assertThat(result.changeSet().coveredCount()).isEqualTo(12);
        assertThat(result.hasAtLeast(Severity.ERROR)).isTrue();
    }

    @Test
    void theExampleProfileReassignsTwoElements() throws IOException {
        TierDiffResult result = TierDiffer.builder()
                .profile(ProfileRegistry.builtIn().load(Repository.file("examples/data/longhu-tiers.properties")))
                .build().diff(UPSTREAM, LOCAL);
        assertThat(rows(result)).containsExactlyElementsOf(expected("expected-findings-longhu-tiers"));
    }

    @Test
    void messagesFollowTheChosenLanguage() {
        TierDiffResult result = TierDiffer.builder().profile("longhu").locale(Messages.EN).build().diff(UPSTREAM, LOCAL);
        Finding first = result.local().get(1).findings().get(0);
        assertThat(first.code()).isEqualTo("EL-0401");
        assertThat(first.message()).startsWith("matter name (taskName) is a locked element set at the provincial level");
    }

    @Test
    void comparesRecordsBuiltInJava() {
        TierDiffer differ = TierDiffer.builder().build();
        List<ValidationResult> read = org.matterstandards.sdk.MatterValidator.builder().build().validateAll(LOCAL);
        List<MatterRecord> upstream = org.matterstandards.sdk.MatterValidator.builder().build().validateAll(UPSTREAM)
                .stream().map(ValidationResult::record).toList();
        ImplementationItem local = (ImplementationItem) read.get(1).record();
        TierDiffResult result = differ.diff(upstream, List.of(local));
        assertThat(result.localSource()).isEqualTo("local");
        assertThat(result.local().get(0).findings()).extracting(Finding::code)
                .contains("EL-0401", "EL-0402", "EL-0406");
        assertThat(result.upstream()).hasSize(8);
    }

    @Test
    void recordsThatCannotBeReadKeepTheirStructuralFindingsAndAreNotCompared(@TempDir Path dir) throws IOException {
        String local = Files.readString(LOCAL, StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.ndjson");
        String first = org.matterstandards.sdk.MatterValidator.builder().build().mapper()
                .readTree(local).get(0).toString();
        Files.writeString(broken, first + "\n{\"taskName\": \"食品经营许可\", \n" + first.replace(
                "\"promiseDay\":5", "\"promiseDay\":\"五天\"") + "\n", StandardCharsets.UTF_8);
        TierDiffResult result = TierDiffer.builder().profile("longhu").build().diff(UPSTREAM, broken);
        assertThat(result.local()).hasSize(3);
        assertThat(result.local().get(1).findings()).extracting(Finding::code).containsExactly("SC-0001");
        // Record 3 copies record 1 but its structure is broken: it is not bound, so it is not compared either.
        assertThat(result.local().get(2).findings()).extracting(Finding::code).containsExactly("SC-0102");
        assertThat(result.claims().claims()).hasSize(1);
    }

    @Test
    void refusesFilesOfTheWrongKindEmptyFilesAndBadProfiles(@TempDir Path dir) throws IOException {
        Path catalogue = dir.resolve("catalogue.json");
        Files.writeString(catalogue, "[{\"taskName\":\"食品经营许可\",\"catalogCode\":\"440101002000\","
                + "\"taskType\":\"01\",\"byLaw\":\"《食品安全法》\",\"useLevel\":[\"3\"],\"taskState\":\"1\","
                + "\"taskVersion\":1}]", StandardCharsets.UTF_8);
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "[]", StandardCharsets.UTF_8);
        TierDiffer differ = TierDiffer.builder().build();
        assertThatThrownBy(() -> differ.diff(UPSTREAM, catalogue)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getLocalizedMessage(Messages.ZH_CN))
                        .isEqualTo(catalogue + " 应为实施清单事项，但第 1 条是 catalog-item"));
        assertThat(differ.diff(catalogue, LOCAL).claims().claims()).hasSize(2);
        assertThatThrownBy(() -> differ.diff(empty, LOCAL)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("input.noRecords"));
        assertThatThrownBy(() -> differ.diff(dir.resolve("missing.json"), LOCAL))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> TierDiffer.builder().profile("atlantis").build())
                .isInstanceOf(MatterException.class);
    }
}
