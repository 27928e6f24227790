package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.util.List;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Required;

/**
 * A power-list entry (权责清单事项): one power of a department in one of the ten categories (职权类型) of
 * 中办发〔2015〕21号, with its responsibilities. Whether it is a main item (主项) or a sub-item (子项) follows from the
 * sub-item segment of its catalog code.
 *
 * @param taskName       职权名称
 * @param catalogCode    基本编码
 * @param taskCode       实施编码, when the power is implemented by a known body
 * @param taskType       职权类型 (事项类型 code of the profile's table)
 * @param deptName       实施主体
 * @param deptCode       实施主体编码 (统一社会信用代码)
 * @param areaCode       行政区划代码
 * @param byLaw          设定依据 (text)
 * @param legalBases     设定依据 entries with their level
 * @param powerSource    权力来源 code
 * @param useLevel       行使层级 codes
 * @param taskState      事项状态 code
 * @param responsibility 责任事项
 * @param accountability 问责依据 / 追责情形
 * @param superviseWay   监督方式
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PowerItem(
        @Required @MaxLength(1000) String taskName,
        @Required @CodeFormat(CodeKind.CATALOG_CODE) String catalogCode,
        @CodeFormat(CodeKind.TASK_CODE) String taskCode,
        @Required @MaxLength(2) String taskType,
        @Required @MaxLength(200) String deptName,
        @CodeFormat(CodeKind.USCC) String deptCode,
        @CodeFormat(CodeKind.DIVISION_CODE) String areaCode,
        @Required String byLaw,
        List<@Valid LegalBasis> legalBases,
        @MaxLength(2) String powerSource,
        @Required List<String> useLevel,
        @MaxLength(2) String taskState,
        String responsibility,
        String accountability,
        String superviseWay) implements MatterRecord {

    /** Copies the list components so that the record is immutable. */
    public PowerItem {
        legalBases = ModelLists.copy(legalBases);
        useLevel = ModelLists.copy(useLevel);
    }

    @Override
    @JsonIgnore
    public String recordId() {
        return taskCode != null && !taskCode.isBlank() ? taskCode : catalogCode;
    }
}
