package org.matterstandards.core.intermediary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matterstandards.core.intermediary.Samples.EIA_CATALOG;
import static org.matterstandards.core.intermediary.Samples.EIA_TASK;
import static org.matterstandards.core.intermediary.Samples.catalog;
import static org.matterstandards.core.intermediary.Samples.implementation;
import static org.matterstandards.core.intermediary.Samples.service;
import static org.matterstandards.core.intermediary.Samples.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.intermediary.RuleHarness.Reported;
import org.matterstandards.core.model.MatterRecord;

class IntermediaryListRulesTest {

    private static final IntermediaryRules RULES = new IntermediaryRules();
    private static final String OTHER_TASK = Samples.ECOLOGY_DEPT + "3" + "000117023000";

    private static List<Reported> run(MatterRecord... records) {
        return RuleHarness.runList(RULES, List.of(records));
    }

    private static List<String> where(List<Reported> found) {
        return found.stream().map(reported -> reported.ref().index() + " " + reported.where()).toList();
    }

    @Test
    void aConsistentRunHasNoFindings() {
        assertThat(run(service(), service("serviceCode", "ZJ4405000002", "serviceName", "建设项目水土保持方案编制"),
                implementation(EIA_TASK, EIA_CATALOG, List.of("ZJ4405000001")))).isEmpty();
    }

    @Test
    void im0401ASecondRecordWithTheSameCodeNamesTheFirst() {
        List<Reported> found = run(service(), service("serviceName", "另一名称"), service("serviceCode", "ZJ9", "serviceName", "第二个名称"),
                service("serviceName", "第三个名称"));
        assertThat(where(found)).containsExactly("1 IM-0401 /serviceCode", "3 IM-0401 /serviceCode");
        assertThat(found.get(0).arguments()).containsEntry("firstNumber", 1L).containsEntry("firstFile", "run.json")
                .containsEntry("serviceCode", "ZJ4405000001");
    }

    @Test
    void im0402TheSameNameAndDepartmentUnderAnotherCode() {
        List<Reported> found = run(service(),
                service("serviceCode", "ZJ4405000099", "serviceName", " 建设项目环境影响报告书（表）\u3000编制"),
                service("serviceCode", "ZJ4405000098", "approvalDeptName", "汕头市水务局"));
        assertThat(where(found)).containsExactly("1 IM-0402 /serviceName");
        assertThat(found.get(0).arguments()).containsEntry("firstCode", "ZJ4405000001");
        // The same code as well is reported once, by IM-0401 only.
        assertThat(where(run(service(), service()))).containsExactly("1 IM-0401 /serviceCode");
    }

    @Test
    void im0403RelatedApprovalsMustBeInTheRunsApprovalLists() {
        assertThat(where(run(service(), implementation(OTHER_TASK, "000117023000", null))))
                .containsExactly("0 IM-0403 /relatedTasks/0/taskCode");
        // Without approval items there is nothing to compare with.
        assertThat(run(service())).isEmpty();
        // Catalogue items alone: the catalog code is compared, the task code cannot be.
        assertThat(run(service(), catalog(EIA_CATALOG))).isEmpty();
        assertThat(where(run(service(), catalog("000117023000"))))
                .containsExactly("0 IM-0403 /relatedTasks/0/catalogCode");
        assertThat(where(run(service("relatedTasks", List.of(task(null, "000117024000"))),
                implementation(EIA_TASK, EIA_CATALOG, null))))
                .containsExactly("0 IM-0403 /relatedTasks/0/catalogCode");
        // A cancelled service's links are not checked.
        assertThat(run(service("serviceState", "3"), implementation(OTHER_TASK, "000117023000", null))).isEmpty();
    }

    @Test
    void im0404AnImplementationItemMayRequireOnlyRetainedListedServices() {
        List<Reported> found = run(
                implementation(EIA_TASK, EIA_CATALOG, List.of("ZJ4405000001", "ZJ4405000404", "ZJ4405000003")),
                service(),
                service("serviceCode", "ZJ4405000003", "serviceName", "已取消的评估", "serviceState", "3"));
        assertThat(where(found)).containsExactly("0 IM-0404 /intermediaryCodes/1", "0 IM-0404 /intermediaryCodes/2");
        assertThat(found.get(0).arguments()).containsEntry("serviceCode", "ZJ4405000404")
                .containsEntry("taskName", "建设项目环境影响评价文件审批");
        // Without an intermediary list in the run there is nothing to compare with.
        assertThat(run(implementation(EIA_TASK, EIA_CATALOG, List.of("ZJ4405000404")))).isEmpty();
    }
}
