package org.matterstandards.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.sdk.TestRecords;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.profile.ProfileRegistry;

/** Power-list counts: main and sub-items apart, categories by the profile's 事项类型 table. */
class PowerListStatisticsTest {

    private static PowerCounts count(String profile, List<PowerItem> items) {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get(profile));
        items.forEach(statistics::accept);
        return statistics.report().overall().powers();
    }

    @Test
    void mainItemsAndSubItemsAreCountedApartByTheSubSegmentOfTheCatalogCode() {
        // 000 main, 00Y main with sub-items, 001 and 002 its sub-items: 2 main, 2 sub.
        PowerCounts counts = count("shantou", List.of(
                TestRecords.power(n -> n.put("catalogCode", "440101001000")),
                TestRecords.power(n -> n.put("catalogCode", "44010100200Y")),
                TestRecords.power(n -> n.put("catalogCode", "440101002001")),
                TestRecords.power(n -> n.put("catalogCode", "440101002002"))));
        assertThat(counts.main().get(PowerCategory.LICENSING)).isEqualTo(2);
        assertThat(counts.sub().get(PowerCategory.LICENSING)).isEqualTo(2);
        assertThat(counts.totalMain()).isEqualTo(2);
        assertThat(counts.totalSub()).isEqualTo(2);
        assertThat(counts.mainAssumed()).isZero();
    }

    @Test
    void code20IsOtherPowerInGuangdongAndPublicServiceNationally() {
        List<PowerItem> items = List.of(
                TestRecords.power(n -> n.put("taskType", "20").put("catalogCode", "442001001000")));
        assertThat(count("shantou", items).main().get(PowerCategory.OTHER)).isEqualTo(1);
        assertThat(count("national", items).main().get(PowerCategory.PUBLIC_SERVICE)).isEqualTo(1);
    }

    @Test
    void aCodeOutsideTheTableIsCountedUnderItsCodeNotGuessed() {
        // 10 is 其他行政权力 nationally but not a Guangdong code.
        PowerCounts counts = count("shantou", List.of(
                TestRecords.power(n -> n.put("taskType", "10").put("catalogCode", "441001001000"))));
        assertThat(counts.unknownMain()).containsEntry("10", 1L);
        assertThat(counts.totalMain()).isEqualTo(1);
        assertThat(counts.onApplicationMain()).isZero();
        assertThat(StatisticsLabels.powerRows(counts, Messages.of(Messages.ZH_CN)))
                .containsExactly(new StatisticsLabels.PowerRow("未知类型 10", 1, 0));
    }

    @Test
    void anInvalidCatalogCodeIsCountedAsAMainItemAndSaidSo() {
        PowerCounts counts = count("shantou", List.of(TestRecords.power(n -> n.put("catalogCode", "4401-bad"))));
        assertThat(counts.main().get(PowerCategory.LICENSING)).isEqualTo(1);
        assertThat(counts.mainAssumed()).isEqualTo(1);
    }

    @Test
    void theSentenceNamesOnApplicationCategoriesInTheReportsOrder() {
        // 2 licensing, 1 levy, 1 punishment (ex officio: in the table, not in the on-application sentence).
        PowerCounts counts = count("shantou", List.of(
                TestRecords.power(n -> n.put("catalogCode", "440101001000")),
                TestRecords.power(n -> n.put("catalogCode", "440101002000")),
                TestRecords.power(n -> n.put("taskType", "02").put("catalogCode", "440201001000")),
                TestRecords.power(n -> n.put("taskType", "04").put("catalogCode", "440401001000"))));
        assertThat(counts.onApplicationMain()).isEqualTo(3);
        assertThat(StatisticsLabels.powerSentence(counts, Messages.of(Messages.ZH_CN)))
                .isEqualTo("依申请类权责事项主项 3 项。其中行政许可 2 项，行政征收 1 项。");
        assertThat(StatisticsLabels.powerSentence(counts, Messages.of(Messages.EN)))
                .isEqualTo("On-application power-list main items: 3. Of these: Licensing 2, Levy 1.");
        assertThat(StatisticsLabels.powerRows(counts, Messages.of(Messages.ZH_CN)))
                .extracting(StatisticsLabels.PowerRow::label).containsExactly("行政许可", "行政处罚", "行政征收");
    }

    @Test
    void districtsAreNamedFromTheDivisionTableIncludingGuangdongCityLevelCodes() {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        statistics.accept(TestRecords.power(n -> n.put("areaCode", "440500")));
        statistics.accept(TestRecords.power(n -> n.put("areaCode", "440507")));
        statistics.accept(TestRecords.power(n -> n.put("areaCode", "440599")));
        statistics.accept(TestRecords.power(n -> n.remove("areaCode")));
        List<Figures> districts = statistics.report().byDistrict();
        assertThat(districts).extracting(Figures::key).containsExactly("", "440500", "440507", "440599");
        assertThat(districts).extracting(Figures::label).containsExactly(null, "汕头市", "龙湖区", "汕头市市本级");
        assertThat(StatisticsLabels.districtLabel(districts.get(0), Messages.of(Messages.ZH_CN)))
                .isEqualTo("未填行政区划");
        assertThat(StatisticsLabels.districtLabel(districts.get(2), Messages.of(Messages.ZH_CN)))
                .isEqualTo("龙湖区 440507");
    }

    @Test
    void recordsThatCouldNotBeBoundAreCountedButInNoFigure() {
        Statistics statistics = Statistics.forProfile(ProfileRegistry.builtIn().get("shantou"));
        statistics.accept(TestRecords.VALIDATOR.validate("[1, 2]"));
        MatterRecord bound = TestRecords.power(n -> { });
        statistics.accept(TestRecords.VALIDATOR.validate(bound));
        StatisticsReport report = statistics.report();
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.unbound()).isEqualTo(1);
        assertThat(report.overall().powers().totalMain()).isEqualTo(1);
    }
}
