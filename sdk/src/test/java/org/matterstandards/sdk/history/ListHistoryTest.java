package org.matterstandards.sdk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.core.element.ElementChange;
import org.matterstandards.core.element.Outcome;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.tier.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The list history of examples/data/history and the state transitions it refuses (清单历史). */
class ListHistoryTest {

    private static final Path FOLDER = Repository.file("examples/data/history");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HistoryReader READER = HistoryReader.builder().profile("shantou").build();

    @TempDir
    Path dir;

    private static ListHistory example() {
        return READER.read(inputs());
    }

    private static List<HistoryInput> inputs() {
        return List.of(HistoryInput.of(FOLDER.resolve("shantou-list-2026-09-30.json")),
                HistoryInput.of(FOLDER.resolve("shantou-list-2026-11-30.json")),
                HistoryInput.of(FOLDER.resolve("shantou-list-changes.json")));
    }

    @Test
    void theExampleDerivesVersionsWithTheirValidityDates() {
        ListHistory history = example();
        assertThat(history.findings()).isEmpty();
        ItemHistory licence = history.item("11440500281371608E3440101012000").orElseThrow();
        assertThat(licence.versions()).extracting(ItemVersion::taskVersion, ItemVersion::validFrom,
                        ItemVersion::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2026, 9, 30),
                                LocalDate.of(2026, 11, 10)),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2026, 11, 10), null));
        ItemHistory cancelled = history.item("11440500612572579L3440101013000").orElseThrow();
        assertThat(cancelled.cancelledOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(cancelled.stateOn(LocalDate.of(2026, 11, 1))).isEqualTo(ItemState.IN_FORCE);
        assertThat(cancelled.stateOn(LocalDate.of(2026, 11, 2))).isEqualTo(ItemState.CANCELLED);
    }

    @Test
    void answersTheListAsOfADateWithDrafts() {
        ListHistory history = example();
        assertThat(history.asOf(LocalDate.of(2026, 10, 1))).extracting(v -> v.item().taskName())
                .containsExactly("个体工商户设立登记", "建设工程规划许可证核发", "建筑工程施工许可证核发", "失业保险金申领");
        assertThat(history.asOf(LocalDate.of(2026, 11, 30))).extracting(v -> v.item().taskName())
                .containsExactly("个体工商户设立登记", "建设工程规划许可证核发", "失业保险金申领", "道路货物运输经营许可");
        assertThat(history.draftsOn(LocalDate.of(2026, 11, 30))).extracting(v -> v.item().taskName())
                .containsExactly("医疗机构执业登记");
        assertThat(history.asOf(LocalDate.of(2026, 12, 15))).extracting(v -> v.item().taskName())
                .contains("医疗机构执业登记");
    }

    @Test
    void answersTheChangesBetweenTwoDatesWithTheTierOutcomeOfEachElement() {
        HistoryChanges changes = example().changesBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 30));
        assertThat(changes.added()).extracting(v -> v.item().taskName()).containsExactly("道路货物运输经营许可");
        assertThat(changes.cancelled()).extracting(v -> v.item().taskName()).containsExactly("建筑工程施工许可证核发");
        assertThat(changes.adjusted()).hasSize(2);
        List<ElementChange> licence = changes.adjusted().get(1).diff().changes();
        assertThat(licence).extracting(change -> change.element().key(), ElementChange::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("promiseDay", Outcome.NARROWED),
                        org.assertj.core.groups.Tuple.tuple("isInformCommit", Outcome.REVIEW),
                        org.assertj.core.groups.Tuple.tuple("acceptCondition", Outcome.UNDECIDABLE));
        assertThat(changes.adjusted().get(0).diff().changes()).extracting(change -> change.element().key(),
                ElementChange::outcome).contains(org.assertj.core.groups.Tuple.tuple("transactTime", Outcome.FILING));
        assertThatThrownBy(() -> example().changesBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 9, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersOverdueFilingsOnADateWithTheWorkingDayCalendar() {
        // The example's changes are of implementation items; the built-in profiles time intermediary services only.
        assertThat(example().overdueOn(LocalDate.of(2026, 11, 30))).as("shantou times intermediary services only")
                .isEmpty();
        Profile everyChangeTimed = ProfileRegistry.builtIn()
                .load(FOLDER.resolve("shantou-every-change-timed.properties"));
        ListHistory history = HistoryReader.builder().profile(everyChangeTimed).build().read(inputs());
        assertThat(history.overdueOn(LocalDate.of(2026, 11, 30)))
                .extracting(filing -> filing.record().changeId(), filing -> filing.findings().get(0).code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TZ-2026-103", "FL-0502"),
                        org.assertj.core.groups.Tuple.tuple("TZ-2026-104", "FL-0503"));
        // 2026-11-13 is the third working day after 2026-11-10: not overdue yet that day.
        assertThat(history.overdueOn(LocalDate.of(2026, 11, 13))).extracting(f -> f.findings().get(0).code())
                .containsExactly("FL-0503");
    }

    @Test
    void refusesACancelledItemThatComesBack() throws IOException {
        ArrayNode first = firstSnapshot();
        Path third = snapshot("2026-12-31", items -> items.add(first.get(2)));
        List<Finding> findings = readWithExample(third).findings();
        assertThat(findings).extracting(Finding::code).containsExactly("FL-0401");
        assertThat(findings.get(0).message()).contains("建筑工程施工许可证核发").contains("2026-11-02");
        assertThat(findings.get(0).location().file()).endsWith("2026-12-31.json");
    }

    @Test
    void refusesAVersionInForceTurningBackIntoADraft() throws IOException {
        Path third = snapshot("2026-12-31", items -> ((ObjectNode) items.get(2)).put("planEffectiveDate", "2027-02-01"));
        assertThat(readWithExample(third).findings()).extracting(Finding::code, Finding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FL-0402", "/planEffectiveDate"));
    }

    @Test
    void warnsWhenElementsChangeButTheVersionDoesNot() throws IOException {
        Path third = snapshot("2026-12-31", items -> ((ObjectNode) items.get(2)).put("promiseDay", 3));
        ListHistory history = readWithExample(third);
        assertThat(history.findings()).extracting(Finding::code).containsExactly("FL-0405");
        assertThat(history.item("11440500461285301C3440505021000").orElseThrow().versions()).hasSize(2);
    }

    @Test
    void refusesChangesOfItemsNotOnTheListAndAddsOfListedOnes() throws IOException {
        Path changes = dir.resolve("more-changes.json");
        Files.writeString(changes, """
                [{"changeId": "TZ-9", "changeType": "2", "subjectKind": "implementation-item",
                  "subjectCode": "11440500612572579L3440101013000", "deptName": "汕头市住房和城乡建设局",
                  "decisionDate": "2026-11-20"},
                 {"changeId": "TZ-10", "changeType": "1", "subjectKind": "implementation-item",
                  "subjectCode": "11440500461285301C3440505021000", "deptName": "汕头市人力资源和社会保障局",
                  "decisionDate": "2026-11-20"}]""", StandardCharsets.UTF_8);
        assertThat(readWithExample(changes).findings()).extracting(Finding::code, Finding::recordIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FL-0403", 0L),
                        org.assertj.core.groups.Tuple.tuple("FL-0404", 1L));
    }

    @Test
    void warnsWhenAnItemLeavesWithoutACancelRecord() throws IOException {
        Path third = snapshot("2026-12-31", items -> items.remove(2));
        List<Finding> findings = readWithExample(third).findings();
        assertThat(findings).extracting(Finding::code).containsExactly("FL-0406");
        assertThat(findings.get(0).message()).contains("失业保险金申领");
        // Without any list-change file nothing says a record was expected.
        ListHistory snapshotsOnly = READER.read(List.of(HistoryInput.of(FOLDER.resolve("shantou-list-2026-11-30.json")),
                HistoryInput.of(third)));
        assertThat(snapshotsOnly.findings()).isEmpty();
    }

    @Test
    void messagesFollowTheLocale() throws IOException {
        ArrayNode first = firstSnapshot();
        Path third = snapshot("2026-12-31", items -> items.add(first.get(2)));
        ListHistory history = HistoryReader.builder().profile("shantou").locale(Messages.EN).build()
                .read(List.of(HistoryInput.of(FOLDER.resolve("shantou-list-2026-09-30.json")),
                        HistoryInput.of(FOLDER.resolve("shantou-list-2026-11-30.json")),
                        HistoryInput.of(FOLDER.resolve("shantou-list-changes.json")), HistoryInput.of(third)));
        assertThat(history.findings().get(0).message()).contains("was cancelled on 2026-11-02");
    }

    @Test
    void refusesASnapshotWithoutADateAndMixedKinds() throws IOException {
        Path undated = dir.resolve("list.json");
        Files.copy(FOLDER.resolve("shantou-list-2026-09-30.json"), undated);
        assertThatThrownBy(() -> READER.read(List.of(HistoryInput.of(undated))))
                .isInstanceOf(InputException.class).hasMessageContaining("list.json");
        assertThat(READER.read(List.of(new HistoryInput(undated, LocalDate.of(2026, 9, 30)))).items()).hasSize(4);
        Path power = Repository.file("examples/data/shantou-power-list.json");
        assertThatThrownBy(() -> READER.read(List.of(HistoryInput.of(power))))
                .isInstanceOf(InputException.class);
    }

    private ListHistory readWithExample(Path extra) {
        List<HistoryInput> inputs = new ArrayList<>(List.of(HistoryInput.of(FOLDER.resolve("shantou-list-2026-09-30.json")),
                HistoryInput.of(FOLDER.resolve("shantou-list-2026-11-30.json")),
                HistoryInput.of(FOLDER.resolve("shantou-list-changes.json"))));
        inputs.add(HistoryInput.of(extra));
        return READER.read(inputs);
    }

    private static ArrayNode firstSnapshot() throws IOException {
        return (ArrayNode) JSON.readTree(Files.readString(FOLDER.resolve("shantou-list-2026-09-30.json")));
    }

    /** A third snapshot: the one of 2026-11-30, changed. */
    private Path snapshot(String date, Consumer<ArrayNode> change) throws IOException {
        ArrayNode items = (ArrayNode) JSON.readTree(Files.readString(FOLDER.resolve("shantou-list-2026-11-30.json")));
        change.accept(items);
        Path file = dir.resolve("shantou-list-" + date + ".json");
        Files.writeString(file, JSON.writeValueAsString(items), StandardCharsets.UTF_8);
        return file;
    }
}
