package org.matterstandards.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.sdk.TestRecords;

/** Power categories come from the tags of the 事项类型 code table the profile selects. */
class PowerCategoryTest {

    private static final CodeTables TABLES = CodeTables.builtIn();

    private static String variantFor(String profile) {
        return Statistics.forProfile(ProfileRegistry.builtIn().get(profile)).report().taskTypeTable();
    }

    @Test
    void profilesBelowGuangdongUseSetBAndOthersTheNationalTable() {
        assertThat(variantFor("longhu")).isEqualTo("guangdong");
        assertThat(variantFor("guangdong")).isEqualTo("guangdong");
        assertThat(variantFor("national")).isEqualTo("national");
    }

    @Test
    void theTwoTablesDifferOnTenTwentyAndTwentyOne() {
        var guangdong = PowerCategory.byCode(TABLES.table(CodeTables.TASK_TYPE, "guangdong"));
        var national = PowerCategory.byCode(TABLES.table(CodeTables.TASK_TYPE, "national"));
        assertThat(guangdong).containsEntry("20", PowerCategory.OTHER)
                .containsEntry("21", PowerCategory.PUBLIC_SERVICE)
                .doesNotContainKey("10");
        assertThat(national).containsEntry("10", PowerCategory.OTHER)
                .containsEntry("20", PowerCategory.PUBLIC_SERVICE)
                .containsEntry("01", PowerCategory.LICENSING)
                .doesNotContainKey("21");
    }

    @Test
    void statisticsTrimTheCodeAndCountAMissingCodeUnderNoCategory() {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("national"));
        statistics.accept(TestRecords.power(n -> n.put("taskType", " 01 ")));
        statistics.accept(TestRecords.power(n -> n.remove("taskType")));
        PowerCounts counts = statistics.report().overall().powers();
        assertThat(counts.main()).containsEntry(PowerCategory.LICENSING, 1L);
        assertThat(counts.unknownMain()).containsExactly(Map.entry("", 1L));
    }

    @Test
    void everyCategoryHasExactlyOneCodeInEachBuiltInVariant() {
        for (String variant : List.of("national", "guangdong")) {
            var categories = PowerCategory.byCode(TABLES.table(CodeTables.TASK_TYPE, variant));
            assertThat(categories.values()).as(variant).containsExactlyInAnyOrder(PowerCategory.values());
        }
    }

    @Test
    void aCodeWithoutACategoryTagHasNoCategoryAndTwoTagsAreAnError() {
        CodeTable.Metadata metadata = new CodeTable.Metadata("taskType", "test", "事项类型", "task type", "test",
                "2026-11-29", "1");
        CodeTable untagged = CodeTable.of(metadata, List.of(
                new CodeEntry("01", "行政许可", "licensing", Set.of("power", "licence")),
                new CodeEntry("99", "其它", "other", Set.of())));
        assertThat(PowerCategory.byCode(untagged)).containsOnlyKeys("01");

        CodeTable ambiguous = CodeTable.of(metadata, List.of(
                new CodeEntry("01", "行政许可", "licensing", Set.of("licence", "levy"))));
        assertThatThrownBy(() -> PowerCategory.byCode(ambiguous))
                .isInstanceOf(MatterException.class)
                .hasMessageContaining("taskType.test").hasMessageContaining("01")
                .satisfies(e -> assertThat(((MatterException) e).messageKey()).isEqualTo("stats.taskTypeTags"));
    }
}
