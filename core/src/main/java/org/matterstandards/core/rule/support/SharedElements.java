package org.matterstandards.core.rule.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.matterstandards.core.code.CatalogCode;
import org.matterstandards.core.code.TaskCode;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.PowerItem;

/**
 * The elements that several record kinds share (共有要素), read the same way from each, so that one rule class can
 * check catalogue items, implementation items and power-list items alike. Absent elements are {@code null}.
 *
 * @param taskCode          实施编码
 * @param catalogCode       基本编码
 * @param localCatalogCode  地方基本编码
 * @param taskType          事项类型 code
 * @param deptCode          实施主体编码 (统一社会信用代码)
 * @param useLevel          行使层级 codes, never {@code null}
 * @param areaCode          行政区划代码
 * @param townCode          乡镇街道代码
 * @param villageCode       村居社区代码
 * @param planEffectiveDate 计划生效日期
 * @param planCancelDate    计划取消日期
 */
public record SharedElements(String taskCode, String catalogCode, String localCatalogCode, String taskType,
                             String deptCode, List<String> useLevel, String areaCode, String townCode,
                             String villageCode, LocalDate planEffectiveDate, LocalDate planCancelDate) {

    /** Copies the list. */
    public SharedElements {
        useLevel = useLevel == null ? List.of() : useLevel.stream().filter(v -> !Values.isBlank(v)).toList();
    }

    /**
     * Reads the shared elements of a record.
     *
     * @param record any model record
     * @return its shared elements
     */
    public static SharedElements of(MatterRecord record) {
        if (record instanceof ImplementationItem item) {
            return new SharedElements(item.taskCode(), item.catalogCode(), item.localCatalogCode(), item.taskType(),
                    item.deptCode(), item.useLevel(), item.areaCode(), item.townCode(), item.villageCode(),
                    item.planEffectiveDate(), item.planCancelDate());
        }
        if (record instanceof CatalogItem item) {
            return new SharedElements(null, item.catalogCode(), item.localCatalogCode(), item.taskType(), null,
                    item.useLevel(), item.areaCode(), null, null, item.planEffectiveDate(), item.planCancelDate());
        }
        if (record instanceof PowerItem item) {
            return new SharedElements(item.taskCode(), item.catalogCode(), null, item.taskType(), item.deptCode(),
                    item.useLevel(), item.areaCode(), null, null, null, null);
        }
        if (record instanceof IntermediaryService service) {
            return new SharedElements(null, null, null, null, service.approvalDeptCode(), null, service.areaCode(),
                    null, null, null, null);
        }
        ListChange change = (ListChange) record;
        return new SharedElements(null, null, null, null, change.deptCode(), null, change.areaCode(), null, null,
                null, null);
    }

    /**
     * The task code, parsed; empty when absent or malformed (the model stage reports malformed codes as CD-0104).
     *
     * @return the task code
     */
    public Optional<TaskCode> parsedTaskCode() {
        return TaskCode.isValid(taskCode) ? Optional.of(TaskCode.parse(taskCode)) : Optional.empty();
    }

    /**
     * The catalog code, parsed; empty when absent or malformed (reported by the model stage as CD-0103).
     *
     * @return the catalog code
     */
    public Optional<CatalogCode> parsedCatalogCode() {
        return CatalogCode.isValid(catalogCode) ? Optional.of(CatalogCode.parse(catalogCode)) : Optional.empty();
    }
}
