package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.util.List;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * An approval-related intermediary service (行政审批中介服务事项): a paid technical service (审查, 评估, 检测, 鉴定 …)
 * that an approval requires as an acceptance condition. Only services on the published list may be required
 * (清单之外不得作为受理条件).
 *
 * @param serviceName              中介服务事项名称
 * @param serviceCode              中介服务事项编码
 * @param standardServiceCode      对应标准中介服务事项编码
 * @param relatedTasks             涉及的审批事项
 * @param approvalDeptName         审批部门
 * @param approvalDeptCode         审批部门统一社会信用代码
 * @param areaCode                 行政区划代码 of the list
 * @param legalBases               设定依据 with their level
 * @param providerType             中介服务机构性质 code
 * @param serviceContent           服务内容
 * @param qualificationRequirement 中介服务机构资质要求
 * @param feeNature                收费性质 code (1 经营服务性, 2 行政事业性, 3 不收费)
 * @param feeBasis                 收费依据
 * @param feeStandard              收费标准
 * @param timeLimit                办理时限
 * @param timeLimitType            时限单位 code
 * @param serviceState             事项状态 code (1 在用, 3 取消)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntermediaryService(
        @Required @MaxLength(500) String serviceName,
        @Required @MaxLength(50) String serviceCode,
        @MaxLength(50) String standardServiceCode,
        List<@Valid RelatedTask> relatedTasks,
        @Required @MaxLength(200) String approvalDeptName,
        @CodeFormat(CodeKind.USCC) String approvalDeptCode,
        @CodeFormat(CodeKind.DIVISION_CODE) String areaCode,
        List<@Valid LegalBasis> legalBases,
        @MaxLength(2) String providerType,
        String serviceContent,
        String qualificationRequirement,
        @MaxLength(2) String feeNature,
        String feeBasis,
        @MaxLength(1000) String feeStandard,
        @Range(min = 0, max = 9999) Integer timeLimit,
        @MaxLength(2) String timeLimitType,
        @Required @MaxLength(2) String serviceState) implements MatterRecord {

    /** Copies the list components so that the record is immutable. */
    public IntermediaryService {
        relatedTasks = ModelLists.copy(relatedTasks);
        legalBases = ModelLists.copy(legalBases);
    }

    @Override
    @JsonIgnore
    public String recordId() {
        return serviceCode;
    }
}
