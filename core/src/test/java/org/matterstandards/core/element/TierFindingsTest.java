package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.matterstandards.core.element.ShantouItems.city;
import static org.matterstandards.core.element.ShantouItems.district;
import static org.matterstandards.core.element.TestRecords.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.el.TierFindings;

class TierFindingsTest {

    /** One reported finding. */
    record Reported(RecordRef ref, String code, String pointer, Map<String, ?> arguments) {
    }

    private static List<Reported> report(List<MatterRecord> upstream, List<MatterRecord> local, Messages messages) {
        List<ClaimCheck.Entry> up = new ArrayList<>();
        for (int i = 0; i < upstream.size(); i++) {
            up.add(new ClaimCheck.Entry(new RecordRef("up", i, upstream.get(i).recordId()), upstream.get(i)));
        }
        List<ClaimCheck.Entry> lo = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            lo.add(new ClaimCheck.Entry(new RecordRef("local", i, local.get(i).recordId()), local.get(i)));
        }
        ElementCatalog catalog = ElementCatalog.builtIn();
        ClaimCheck.Result result = new ClaimCheck(catalog).check(up, lo);
        List<Reported> reported = new ArrayList<>();
        new TierFindings(catalog, messages).report(result,
                (ref, code, pointer, arguments) -> reported.add(new Reported(ref, code, pointer, arguments)));
        return reported;
    }

    private static String render(Reported finding, Messages messages) {
        return messages.format(finding.code() + ".message", finding.arguments());
    }

    @Test
    void everyOutcomeBecomesItsFindingWithLabelAndBothValues() {
        ImplementationItem local = with(district(),
                "taskName", "食品经营许可证核发",
                "promiseDay", 15,
                "limitSceneNum", 0,
                "acceptCondition", ShantouItems.ACCEPT_CONDITION + "（四）经营场所位于龙湖区辖区内。",
                "handleFlow", "申请→受理→审查→现场核查→决定→发证",
                "transactAddr", "汕头市龙湖区政务服务中心二楼综合窗口");
        Messages zh = Messages.of(Messages.ZH_CN);
        List<Reported> findings = report(List.of(city()), List.of(local), zh);
        assertThat(findings).extracting(Reported::code, Reported::pointer).containsExactly(
                tuple("EL-0401", "/taskName"),
                tuple("EL-0404", "/acceptCondition"),
                tuple("EL-0402", "/promiseDay"),
                tuple("EL-0405", "/handleFlow"),
                tuple("EL-0403", "/limitSceneNum"),
                tuple("EL-0406", "/transactAddr"));
        Reported widened = findings.get(2);
        assertThat(render(widened, zh)).isEqualTo(
                "承诺办结时限(promiseDay)只能收紧、不得放宽（只减不增）：上级为“10”，本级为“15”（本级数值更大）");
        assertThat(render(findings.get(0), zh)).contains("事项名称(taskName)是由省级确定的锁定要素")
                .contains("上级为“食品经营许可（新办）”");
        assertThat(render(findings.get(1), zh)).contains("有上级没有的条款：经营场所位于龙湖区辖区内")
                .contains("reviewReference");

        Messages en = Messages.of(Messages.EN);
        Reported english = report(List.of(city()), List.of(local), en).get(2);
        assertThat(render(english, en)).isEqualTo("promised time limit (promiseDay) may only be tightened, never "
                + "widened (只减不增): upstream \"10\", local \"15\" (the local number is greater)");
        // Every code produced here is declared, with its default severity.
        for (Reported finding : findings) {
            RuleDescriptor descriptor = BuiltInRules.catalog().descriptor(finding.code()).orElseThrow();
            assertThat(descriptor.domain()).isEqualTo("EL");
        }
    }

    @Test
    void referencesSilenceTheRouteWarningsButNotTheErrors() {
        ImplementationItem covered = with(district(),
                "promiseDay", 15,
                "handleFlow", "申请→受理→审查→现场核查→决定→发证",
                "transactAddr", "汕头市龙湖区政务服务中心二楼综合窗口",
                "acceptCondition", ShantouItems.ACCEPT_CONDITION + "（四）经营场所位于龙湖区辖区内。",
                "reviewReference", "龙政数审〔2026〕12号",
                "filingReference", "龙政数备〔2026〕15号");
        assertThat(report(List.of(city()), List.of(covered), Messages.of(Messages.ZH_CN)))
                .extracting(Reported::code).containsExactly("EL-0402");
        ImplementationItem filingOnly = with(covered, "reviewReference", " ");
        assertThat(report(List.of(city()), List.of(filingOnly), Messages.of(Messages.ZH_CN)))
                .extracting(Reported::code).containsExactly("EL-0404", "EL-0402", "EL-0405");
    }

    @Test
    void listLevelFindingsAttachToTheRecordsTheyAreAbout() {
        ImplementationItem own = with(district(), "catalogCode", "440101009000", "taskHandleItem", null,
                "taskName", "临时占用城市道路审批");
        ImplementationItem unclaimed = with(city(), "taskName", "出租汽车驾驶员从业资格证核发",
                "catalogCode", "440101008000", "taskHandleItem", null);
        ImplementationItem upward = with(district(), "taskHandleItem", ShantouItems.DISTRICT_TASK + "02");
        ImplementationItem upstreamCounty = with(upward, "taskName", "食品经营许可（变更）");
        List<Reported> findings = report(List.of(city(), unclaimed, upstreamCounty),
                List.of(district(), own, district(), upward), Messages.of(Messages.ZH_CN));
        assertThat(findings).extracting(finding -> finding.ref().file() + finding.ref().index(), Reported::code,
                        Reported::pointer)
                .containsExactly(
                        tuple("local2", "EL-0413", "/taskHandleItem"),
                        tuple("local1", "EL-0411", "/catalogCode"),
                        tuple("local3", "EL-0415", "/taskCode"),
                        tuple("local3", "EL-0401", "/taskName"),
                        tuple("up1", "EL-0412", "/catalogCode"));
        Messages zh = Messages.of(Messages.ZH_CN);
        assertThat(render(findings.get(0), zh)).isEqualTo(
                "事项 " + ShantouItems.DISTRICT_TASK + "01 与第 1 条重复，只核对第一条");
        assertThat(render(findings.get(1), zh)).contains("“临时占用城市道路审批”（基本编码 440101009000，办理项 无）");
        assertThat(render(findings.get(2), zh)).isEqualTo("本事项为县级事项，所认领的上级事项 "
                + ShantouItems.DISTRICT_TASK + "02 为县级事项，应从更高层级认领");
        assertThat(render(findings.get(4), zh)).isEqualTo(
                "上级事项“出租汽车驾驶员从业资格证核发”（基本编码 440101008000）未被本级清单认领（本级层级：县级）");
    }

    @Test
    void ambiguousClaimsNameTheirCandidates() {
        ImplementationItem unsplit = with(district(), "taskHandleItem", null);
        ImplementationItem cityChange = with(city(), "taskHandleItem", ShantouItems.CITY_TASK + "02");
        List<Reported> findings = report(List.of(city(), cityChange), List.of(unsplit), Messages.of(Messages.ZH_CN));
        assertThat(findings).extracting(Reported::code).containsExactly("EL-0414");
        assertThat(render(findings.get(0), Messages.of(Messages.ZH_CN))).contains("有 2 条基本编码为 440101002000 的事项（"
                + ShantouItems.CITY_TASK + "01、" + ShantouItems.CITY_TASK + "02）");
    }

    @Test
    void longValuesAreShortenedInMessagesAndFlagsReadAsYesOrNo() {
        ImplementationItem local = with(district(), "isFee", true,
                "acceptCondition", ShantouItems.ACCEPT_CONDITION.repeat(2) + "（四）另需提交消防验收意见书。");
        Messages zh = Messages.of(Messages.ZH_CN);
        List<Reported> findings = report(List.of(city()), List.of(local), zh);
        assertThat(render(findings.get(0), zh)).contains("…");
        Reported fee = findings.stream().filter(finding -> finding.pointer().equals("/isFee")).findFirst().orElseThrow();
        assertThat(render(fee, zh)).contains("上级为“否”，本级为“是”（本级要求更重）");
    }
}
