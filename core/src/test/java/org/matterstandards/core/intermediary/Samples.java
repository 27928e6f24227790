package org.matterstandards.core.intermediary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RelatedTask;

/** Valid sample records for the rule tests, changed one element at a time with {@code with(...)}. */
final class Samples {

    /** 汕头市生态环境局 (test code; check characters computed with GB 32100 / GB 11714). */
    static final String ECOLOGY_DEPT = "11440500MB2D11637X";
    static final String EIA_CATALOG = "000117022000";
    static final String EIA_TASK = ECOLOGY_DEPT + "3" + EIA_CATALOG;

    private Samples() {
    }

    static LegalBasis basis(String lawName, String lawLevel) {
        return new LegalBasis(lawName, null, null, null, lawLevel, null, null);
    }

    static RelatedTask task(String taskCode, String catalogCode) {
        return new RelatedTask("建设项目环境影响评价文件审批", taskCode, catalogCode);
    }

    /** A retained, charged environmental-impact report service. */
    static Map<String, Object> serviceValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("serviceName", "建设项目环境影响报告书（表）编制");
        values.put("serviceCode", "ZJ4405000001");
        values.put("relatedTasks", List.of(task(EIA_TASK, EIA_CATALOG)));
        values.put("approvalDeptName", "汕头市生态环境局");
        values.put("approvalDeptCode", ECOLOGY_DEPT);
        values.put("areaCode", "440500");
        values.put("legalBases", List.of(basis("中华人民共和国环境影响评价法", "1")));
        values.put("providerType", "1");
        values.put("feeNature", "1");
        values.put("feeBasis", "实行市场调节价（发改价格〔2014〕1573号）");
        values.put("serviceState", "1");
        return values;
    }

    static IntermediaryService service(Object... changes) {
        return RuleHarness.create(IntermediaryService.class, with(serviceValues(), changes));
    }

    /** A change decided on Fri 2025-01-24 and completed on Wed 2025-02-05, the third working day after 春节. */
    static ListChange change(Object... changes) {
        Map<String, Object> values = new HashMap<>();
        values.put("changeId", "BG-2025-0001");
        values.put("changeType", "2");
        values.put("subjectKind", "intermediary-service");
        values.put("subjectCode", "ZJ4405000001");
        values.put("subjectName", "建设项目环境影响报告书（表）编制");
        values.put("deptName", "汕头市生态环境局");
        values.put("deptCode", ECOLOGY_DEPT);
        values.put("areaCode", "440500");
        values.put("decisionDate", LocalDate.of(2025, 1, 24));
        values.put("marketAdjustedDate", LocalDate.of(2025, 1, 26));
        values.put("systemAdjustedDate", LocalDate.of(2025, 2, 5));
        values.put("filedDate", LocalDate.of(2025, 2, 5));
        return RuleHarness.create(ListChange.class, with(values, changes));
    }

    static ImplementationItem implementation(String taskCode, String catalogCode, List<String> intermediaryCodes) {
        return RuleHarness.create(ImplementationItem.class, with(Map.of("taskName", "建设项目环境影响评价文件审批"),
                "taskCode", taskCode, "catalogCode", catalogCode, "intermediaryCodes", intermediaryCodes));
    }

    static CatalogItem catalog(String catalogCode) {
        return RuleHarness.create(CatalogItem.class, Map.of("taskName", "建设项目环境影响评价文件审批",
                "catalogCode", catalogCode));
    }

    /** Applies name/value pairs to a copy of the values; a {@code null} value removes the element. */
    static Map<String, Object> with(Map<String, Object> values, Object... changes) {
        Map<String, Object> copy = new HashMap<>(values);
        for (int i = 0; i < changes.length; i += 2) {
            copy.put((String) changes[i], changes[i + 1]);
        }
        return copy;
    }
}
