package org.matterstandards.core.intermediary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matterstandards.core.intermediary.Samples.basis;
import static org.matterstandards.core.intermediary.Samples.service;
import static org.matterstandards.core.intermediary.Samples.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.intermediary.RuleHarness.Reported;
import org.matterstandards.core.model.IntermediaryService;

class IntermediaryRulesTest {

    private static final IntermediaryRules RULES = new IntermediaryRules();
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 13);

    private static List<String> findings(IntermediaryService service) {
        return RuleHarness.check(RULES, service, AS_OF).stream().map(Reported::where).toList();
    }

    private static Reported only(IntermediaryService service) {
        List<Reported> found = RuleHarness.check(RULES, service, AS_OF);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aCompleteRetainedServiceHasNoFindings() {
        assertThat(findings(service())).isEmpty();
    }

    @Test
    void registeredAsBuiltInRules() {
        assertThat(BuiltInRules.catalog().descriptor("IM-0404")).isPresent();
        assertThat(BuiltInRules.catalog().descriptor("FL-0504")).isPresent();
    }

    @Test
    void im0101RetainedServiceNeedsALegalBasis() {
        Reported found = only(service("legalBases", null));
        assertThat(found.where()).isEqualTo("IM-0101 /legalBases");
        assertThat(found.arguments()).containsEntry("serviceName", "建设项目环境影响报告书（表）编制");
        assertThat(findings(service("legalBases", List.of()))).containsExactly("IM-0101 /legalBases");
        // A cancelled service no longer needs one.
        assertThat(findings(service("legalBases", null, "serviceState", "3"))).isEmpty();
    }

    @Test
    void im0102RetainedServiceLinksToACodedApproval() {
        assertThat(findings(service("relatedTasks", null))).containsExactly("IM-0102 /relatedTasks");
        assertThat(findings(service("relatedTasks", List.of(task(null, null))))).containsExactly("IM-0102 /relatedTasks");
        assertThat(findings(service("relatedTasks", List.of(task(null, Samples.EIA_CATALOG))))).isEmpty();
        assertThat(findings(service("relatedTasks", null, "serviceState", "2"))).isEmpty();
    }

    @Test
    void im0103EveryBasisOfARetainedServiceStatesItsLevel() {
        IntermediaryService service = service("legalBases",
                List.of(basis("中华人民共和国环境影响评价法", "1"), basis("建设项目环境影响评价分类管理名录", null)));
        Reported found = only(service);
        assertThat(found.where()).isEqualTo("IM-0103 /legalBases/1/lawLevel");
        assertThat(found.arguments()).containsEntry("lawName", "建设项目环境影响评价分类管理名录");
        assertThat(found.arguments().get("lawName")).isNotNull();
    }

    @Test
    void im0201To0203CodedValuesComeFromTheTables() {
        Reported level = only(service("legalBases", List.of(basis("某法", "8"), basis("中华人民共和国环境影响评价法", "1"))));
        assertThat(level.where()).isEqualTo("IM-0201 /legalBases/0/lawLevel");
        assertThat(level.arguments()).containsEntry("value", "8").containsEntry("label", "lawLevel");
        assertThat(level.arguments().get("allowed").toString()).contains("1 法律", "7 规范性文件");
        assertThat(findings(service("feeNature", "经营服务性"))).containsExactly("IM-0202 /feeNature");
        // An unknown state is not "retained": the retained-only rules stay silent rather than guess.
        assertThat(findings(service("serviceState", "在用", "legalBases", null)))
                .containsExactly("IM-0203 /serviceState");
    }

    @Test
    void im0301ABasisBelowDepartmentalRulesCannotSetAnIntermediaryService() {
        IntermediaryService local = service("legalBases",
                List.of(basis("广东省实施《中华人民共和国人民防空法》办法", "5"), basis("某市规范性文件", "7")));
        Reported found = only(local);
        assertThat(found.where()).isEqualTo("IM-0301 /legalBases");
        assertThat(found.arguments().get("levels")).isEqualTo(List.of("地方性法规", "规范性文件"));
        assertThat(found.arguments().get("required")).isEqualTo(List.of("法律", "行政法规", "国务院决定", "部门规章"));
        for (String sufficient : Arrays.asList("1", "2", "3", "4")) {
            assertThat(findings(service("legalBases", List.of(basis("地方依据", "6"), basis("上位依据", sufficient)))))
                    .as("level %s", sufficient).isEmpty();
        }
        // Cancelled services and bases without any known level are left to other rules.
        assertThat(findings(service("legalBases", List.of(basis("某市规范性文件", "7")), "serviceState", "3")))
                .isEmpty();
        assertThat(findings(service("legalBases", List.of(basis("某依据", null)))))
                .containsExactly("IM-0103 /legalBases/0/lawLevel");
    }

    @Test
    void im0302To0304FeeElementsAgree() {
        assertThat(findings(service("feeNature", "3", "feeBasis", null, "feeStandard", "按工作量计费")))
                .containsExactly("IM-0302 /feeStandard");
        assertThat(findings(service("feeNature", "3", "feeBasis", null))).isEmpty();
        Reported charged = only(service("feeNature", "2", "feeBasis", " "));
        assertThat(charged.where()).isEqualTo("IM-0303 /feeBasis");
        assertThat(charged.arguments()).containsEntry("feeNature", "行政事业性收费");
        assertThat(findings(service("feeNature", null, "feeBasis", null, "feeStandard", "5000元/项")))
                .containsExactly("IM-0304 /feeNature");
        assertThat(findings(service("feeNature", null, "feeBasis", null))).isEmpty();
    }
}
