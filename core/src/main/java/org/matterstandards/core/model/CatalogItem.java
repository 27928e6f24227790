package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * A basic-catalogue item (基本目录事项), exchange table {@code up_task_directory}: the elements that the catalogue
 * owner (national, provincial or municipal) fixes for everyone who implements the matter.
 *
 * @param taskName          事项名称
 * @param catalogCode       基本编码
 * @param localCatalogCode  地方基本编码
 * @param taskType          事项类型 code
 * @param byLaw             设定依据 (text)
 * @param legalBases        设定依据 entries with their level
 * @param useLevel          行使层级 codes
 * @param taskState         事项状态 code
 * @param taskVersion       事项版本
 * @param centralDept       中央业务指导部门代码
 * @param deptName          主管部门
 * @param areaCode          行政区划代码 of the catalogue owner
 * @param planEffectiveDate 计划生效日期
 * @param planCancelDate    计划取消日期
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogItem(
        @Required @MaxLength(1000) String taskName,
        @Required @CodeFormat(CodeKind.CATALOG_CODE) String catalogCode,
        @MaxLength(50) String localCatalogCode,
        @Required @MaxLength(2) String taskType,
        @Required String byLaw,
        List<@Valid LegalBasis> legalBases,
        @Required List<String> useLevel,
        @Required @MaxLength(2) String taskState,
        @Required @Range(min = 1, max = 99999) Integer taskVersion,
        @MaxLength(50) String centralDept,
        @MaxLength(200) String deptName,
        @CodeFormat(CodeKind.DIVISION_CODE) String areaCode,
        LocalDate planEffectiveDate,
        LocalDate planCancelDate) implements MatterRecord {

    /** Copies the list components so that the record is immutable. */
    public CatalogItem {
        legalBases = ModelLists.copy(legalBases);
        useLevel = ModelLists.copy(useLevel);
    }

    @Override
    @JsonIgnore
    public String recordId() {
        return catalogCode;
    }
}
