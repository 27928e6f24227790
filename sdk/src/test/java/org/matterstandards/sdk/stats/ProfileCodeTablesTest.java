package org.matterstandards.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.TestRecords;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicators count the codes that the profile's code tables tag, not fixed codes: a profile whose variants put
 * the tags on other codes changes the figures accordingly.
 */
class ProfileCodeTablesTest {

    /** Variants with other codes for every table an indicator reads, as a province with its own codes would have. */
    private static final ReferenceData DATA = ReferenceData.builder().codeTables(CodeTables.builtIn()
            .with(table(CodeTables.ONLINE_LEVEL, "网上办理深度级别",
                    entry("03", "Ⅲ级"), entry("04", "Ⅳ级", Tags.FULLY_ONLINE)))
            .with(table(CodeTables.ONLINE_CAPABILITY, "网上办理深度",
                    entry("S", "互联网受理", Tags.ACCEPT), entry("B", "互联网办理", Tags.HANDLE)))
            .with(table(CodeTables.PROJECT_TYPE, "办件类型",
                    entry("001", "即办件", Tags.IMMEDIATE), entry("002", "承诺件")))
            // A city that counts 市内通办 as cross-region and nothing wider.
            .with(table(CodeTables.HANDLE_AREA, "通办范围",
                    entry("1", "全国"), entry("2", "全省"), entry("3", "全市", Tags.CROSS_REGION)))
            .with(table(CodeTables.MATERIAL_SOURCE, "来源渠道",
                    entry("1", "申请人自备"), entry("2", "政府部门核发", Tags.GOVERNMENT))))
            .build();

    private static final Profile TEST_PROFILE = profile("""
            name=testcodes
            parent=national
            codeTable.onlineLevel=test
            codeTable.onlineCapability=test
            codeTable.projectType=test
            codeTable.handleArea=test
            codeTable.materialSource=test
            """);

    private static CodeEntry entry(String code, String zh, String... tags) {
        return new CodeEntry(code, zh, code, Set.of(tags));
    }

    private static CodeTable table(String name, String title, CodeEntry... entries) {
        return CodeTable.of(new CodeTable.Metadata(name, "test", title, name, "test", "2026-11-29", "1"),
                List.of(entries));
    }

    private static Profile profile(String properties) {
        return ProfileRegistry.builtIn().load(
                new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** 甲局 holds each condition in the test codes, 乙局 in the national codes. */
    private static final List<Consumer<ObjectNode>> ITEMS = List.of(
            n -> n.put("deptName", "甲局").put("onlineHandleLevel", "04").put("projectType", "001")
                    .put("handleArea", "3").putArray("materials").addObject().put("materialName", "营业执照")
                    .put("sourceType", "2"),
            n -> n.put("deptName", "甲局").put("projectType", "002").putArray("onlineHandleDepth").add("S").add("B"),
            n -> n.put("deptName", "乙局").put("onlineHandleLevel", "4").put("projectType", "1")
                    .put("handleArea", "1").putArray("materials").addObject().put("materialName", "营业执照")
                    .put("sourceType", "20"),
            n -> n.put("deptName", "乙局").put("projectType", "2").putArray("onlineHandleDepth").add("4").add("5"));

    private static final List<Indicator> CODED = List.of(Indicator.FULLY_ONLINE, Indicator.IMMEDIATE,
            Indicator.CROSS_REGION, Indicator.CERTIFICATE_FREE_CANDIDATE);

    /** The numerators of the coded indicators for each department. */
    private static Map<String, List<Long>> numerators(Statistics statistics) {
        ITEMS.forEach(change -> statistics.accept(TestRecords.item(change)));
        return statistics.report().byDepartment().stream().collect(Collectors.toMap(Figures::key,
                figures -> CODED.stream().map(indicator -> figures.value(indicator).numerator()).toList()));
    }

    @Test
    void aProfileWhoseTablesTagOtherCodesCountsThoseCodes() {
        // fullyOnline (level 04; capabilities S + B), immediate (001), crossRegion (3), certificate-free (2).
        assertThat(numerators(Statistics.forProfile(TEST_PROFILE, DATA)))
                .containsEntry("甲局", List.of(2L, 1L, 1L, 1L))
                .containsEntry("乙局", List.of(0L, 0L, 0L, 0L));
    }

    @Test
    void theBuiltInProfileCountsTheNationalCodesOnTheSameItems() {
        // fullyOnline (level 4; capabilities 4 + 5), immediate (1), crossRegion (1 全国), certificate-free (20).
        assertThat(numerators(Statistics.forProfile(ProfileRegistry.builtIn().get("national"), DATA)))
                .containsEntry("甲局", List.of(0L, 0L, 0L, 0L))
                .containsEntry("乙局", List.of(2L, 1L, 1L, 1L));
    }

    @Test
    void theBuiltInHandleAreaTableTagsTheWholeCountryAndTheWholeProvince() {
        CodeTable areas = CodeTables.builtIn().table(CodeTables.HANDLE_AREA, CodeTables.DEFAULT_VARIANT);
        assertThat(areas.codesTagged(Tags.CROSS_REGION)).containsExactly("1", "2");
    }

    @Test
    void aProfileSelectingAVariantTheDataLacksIsRefusedWhenTheStatisticsAreMade() {
        Profile profile = profile("name=nohandlearea\nparent=national\ncodeTable.handleArea=test\n");
        assertThatThrownBy(() -> Statistics.forProfile(profile))
                .isInstanceOfSatisfying(MatterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("codeTable.unknown"))
                .hasMessageContaining("handleArea");
    }
}
