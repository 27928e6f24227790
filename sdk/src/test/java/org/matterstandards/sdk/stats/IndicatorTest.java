package org.matterstandards.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.TestRecords;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.profile.ProfileRegistry;

/**
 * Each indicator on a small set whose value was worked out by hand (in the comments). The sets vary only the
 * elements an indicator reads; everything else is the same correct record.
 */
class IndicatorTest {

    private static IndicatorValue compute(Indicator indicator, List<ImplementationItem> items) {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        items.forEach(statistics::accept);
        return statistics.report().overall().value(indicator);
    }

    @Test
    void onlineAvailabilityCountsTheFlagAndFallsBackToAnOnlineAddressWhenTheFlagIsMissing() {
        // online, offline, online, flag missing but an address given, flag missing and no address: 3 of 5.
        IndicatorValue value = compute(Indicator.ONLINE_AVAILABLE, List.of(
                TestRecords.item(n -> n.put("isOnline", true)),
                TestRecords.item(n -> n.put("isOnline", false)),
                TestRecords.item(n -> n.put("isOnline", true)),
                TestRecords.item(n -> n.remove("isOnline")), // the base record has an online address
                TestRecords.item(n -> {
                    n.remove("isOnline");
                    n.put("onlineHandleUrl", " ");
                })));
        assertThat(value.numerator()).isEqualTo(3);
        assertThat(value.denominator()).isEqualTo(5);
        IndicatorValue withAddress = compute(Indicator.ONLINE_AVAILABLE, List.of(
                TestRecords.item(n -> {
                    n.remove("isOnline");
                    n.put("onlineHandleUrl", "https://www.gdzwfw.gov.cn/portal/guide/1");
                }),
                TestRecords.item(n -> n.put("isOnline", false))));
        assertThat(withAddress.numerator()).isEqualTo(1);
        assertThat(withAddress.value()).isEqualTo(0.5);
    }

    @Test
    void fullyOnlineIsLevelFourOrOnlineAcceptanceAndHandlingWithoutALevel() {
        // level 4 yes; level 3 no; no level, capabilities 4 and 5 yes; no level, only 3 no; level 3 with 4 and 5
        // capabilities no (the level wins): 2 of 5.
        IndicatorValue value = compute(Indicator.FULLY_ONLINE, List.of(
                TestRecords.item(n -> n.put("onlineHandleLevel", "4")),
                TestRecords.item(n -> n.put("onlineHandleLevel", "3")),
                TestRecords.item(n -> n.putArray("onlineHandleDepth").add("1").add("4").add("5")),
                TestRecords.item(n -> n.putArray("onlineHandleDepth").add("3")),
                TestRecords.item(n -> {
                    n.put("onlineHandleLevel", "3");
                    n.putArray("onlineHandleDepth").add("4").add("5");
                })));
        assertThat(value.numerator()).isEqualTo(2);
        assertThat(value.denominator()).isEqualTo(5);
    }

    @Test
    void visitsCountAtMostOneAndZeroSeparately() {
        // limitSceneNum 0, 1, 2, 0, missing: at most one 3 of 5, zero 2 of 5.
        List<ImplementationItem> items = List.of(
                TestRecords.item(n -> n.put("limitSceneNum", 0)),
                TestRecords.item(n -> n.put("limitSceneNum", 1)),
                TestRecords.item(n -> n.put("limitSceneNum", 2)),
                TestRecords.item(n -> n.put("limitSceneNum", 0)),
                TestRecords.item(n -> n.remove("limitSceneNum")));
        assertThat(compute(Indicator.AT_MOST_ONE_VISIT, items).numerator()).isEqualTo(3);
        assertThat(compute(Indicator.ZERO_VISIT, items).numerator()).isEqualTo(2);
        assertThat(compute(Indicator.ZERO_VISIT, items).value()).isEqualTo(0.4);
    }

    @Test
    void immediateItemsAreProjectTypeOne() {
        // projectType 1, 2, 2, 1: 2 of 4.
        IndicatorValue value = compute(Indicator.IMMEDIATE, List.of(
                TestRecords.item(n -> n.put("projectType", "1")),
                TestRecords.item(n -> n.put("projectType", "2")),
                TestRecords.item(n -> n.put("projectType", "2")),
                TestRecords.item(n -> n.put("projectType", "1"))));
        assertThat(value.numerator()).isEqualTo(2);
        assertThat(value.value()).isEqualTo(0.5);
    }

    @Test
    void instantApprovalIsTheIntelligentApprovalFlag() {
        // true, false, missing, true: 2 of 4.
        IndicatorValue value = compute(Indicator.INSTANT_APPROVAL, List.of(
                TestRecords.item(n -> n.put("isIntelliApproval", true)),
                TestRecords.item(n -> n.put("isIntelliApproval", false)),
                TestRecords.item(n -> { }),
                TestRecords.item(n -> n.put("isIntelliApproval", true))));
        assertThat(value.numerator()).isEqualTo(2);
        assertThat(value.denominator()).isEqualTo(4);
    }

    @Test
    void hallAndSingleWindowCountItemsAndDepartments() {
        // 甲: in the hall + one window; 甲: in the hall; 乙: in the hall + one window; 丙: not in the hall.
        // Hall: 3 of 4 items, departments 甲 and 乙 = 2. One window: 2 of 4 items, departments 甲 and 乙 = 2.
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        statistics.accept(TestRecords.item(n -> n.put("deptName", "甲局").put("isEntryCenter", true).put("isOneWindow", true)));
        statistics.accept(TestRecords.item(n -> n.put("deptName", "甲局").put("isEntryCenter", true)));
        statistics.accept(TestRecords.item(n -> n.put("deptName", "乙局").put("isEntryCenter", true).put("isOneWindow", true)));
        statistics.accept(TestRecords.item(n -> n.put("deptName", "丙局").put("isEntryCenter", false)));
        StatisticsReport report = statistics.report();
        assertThat(report.overall().value(Indicator.ENTRY_CENTER).numerator()).isEqualTo(3);
        assertThat(report.overall().value(Indicator.ONE_WINDOW).numerator()).isEqualTo(2);
        assertThat(report.overall().value(Indicator.ONE_WINDOW).denominator()).isEqualTo(4);
        assertThat(report.departmentsWith(Indicator.ENTRY_CENTER)).isEqualTo(2);
        assertThat(report.departmentsWith(Indicator.ONE_WINDOW)).isEqualTo(2);
        // Largest first; ties in character order (丙 U+4E19 before 乙 U+4E59), the same on every machine.
        assertThat(report.byDepartment()).extracting(Figures::key).containsExactly("甲局", "丙局", "乙局");
    }

    @Test
    void crossRegionIsTheWholeCountryOrTheWholeProvince() {
        // handleArea 1, 2, 3, 4, missing: 2 of 5.
        IndicatorValue value = compute(Indicator.CROSS_REGION, List.of(
                TestRecords.item(n -> n.put("handleArea", "1")),
                TestRecords.item(n -> n.put("handleArea", "2")),
                TestRecords.item(n -> n.put("handleArea", "3")),
                TestRecords.item(n -> n.put("handleArea", "4")),
                TestRecords.item(n -> { })));
        assertThat(value.numerator()).isEqualTo(2);
        assertThat(value.denominator()).isEqualTo(5);
    }

    @Test
    void certificateFreeCandidatesHaveAMaterialIssuedByGovernment() {
        // materials from the applicant only; one issued by government (20); none: 1 of 3.
        IndicatorValue value = compute(Indicator.CERTIFICATE_FREE_CANDIDATE, List.of(
                TestRecords.item(n -> n.putArray("materials").addObject().put("materialName", "申请表")
                        .put("isNeed", "1").put("sourceType", "10").put("orderNum", 1)),
                TestRecords.item(n -> {
                    var materials = n.putArray("materials");
                    materials.addObject().put("materialName", "申请表").put("isNeed", "1").put("sourceType", "10")
                            .put("orderNum", 1);
                    materials.addObject().put("materialName", "营业执照").put("isNeed", "1").put("sourceType", "20")
                            .put("orderNum", 2);
                }),
                TestRecords.item(n -> { })));
        assertThat(value.numerator()).isEqualTo(1);
        assertThat(value.denominator()).isEqualTo(3);
    }

    @Test
    void timeLimitCompressionAddsDaysOfComparableItemsOnly() {
        // (20 → 5), (10 → 10), (30 → 0) count: Σ statutory 60, Σ promised 15, saved 45, ratio 0.75.
        // Left out: no statutory limit (0), the 500 "no limit" placeholder, and different units.
        IndicatorValue value = compute(Indicator.TIME_LIMIT_COMPRESSION, List.of(
                TestRecords.item(n -> n.put("anticipateDay", 20).put("promiseDay", 5)),
                TestRecords.item(n -> n.put("anticipateDay", 10).put("promiseDay", 10)),
                TestRecords.item(n -> n.put("anticipateDay", 30).put("promiseDay", 0)),
                TestRecords.item(n -> n.put("anticipateDay", 0).put("promiseDay", 0)),
                TestRecords.item(n -> n.put("anticipateDay", 500).put("promiseDay", 20)),
                TestRecords.item(n -> n.put("anticipateDay", 20).put("promiseDay", 3).put("promiseType", "2"))));
        assertThat(value.denominator()).isEqualTo(60);
        assertThat(value.numerator()).isEqualTo(45);
        assertThat(value.base()).isEqualTo(3);
        assertThat(value.value()).isEqualTo(0.75);
    }

    @Test
    void exOfficioItemsStayOutOfEveryShare() {
        // A 行政处罚 (02) item is no service matter: 2 items, 1 on application, online 1 of 1.
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        statistics.accept(TestRecords.item(n -> n.put("isOnline", true)));
        statistics.accept(TestRecords.item(n -> n.put("taskType", "02").put("isOnline", false)));
        Figures overall = statistics.report().overall();
        assertThat(overall.implementationItems()).isEqualTo(2);
        assertThat(overall.serviceItems()).isEqualTo(1);
        assertThat(overall.value(Indicator.ONLINE_AVAILABLE).value()).isEqualTo(1.0);
    }

    @Test
    void anEmptyGroupHasUndefinedValuesRatherThanZero() {
        IndicatorValue value = compute(Indicator.ONLINE_AVAILABLE, List.of());
        assertThat(value.defined()).isFalse();
        assertThat(value.value()).isNaN();
        assertThat(StatisticsLabels.percent(value.value())).isEqualTo("—");
    }
}
