package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;

/**
 * A reference from an intermediary service to the approval matter that requires it (涉及审批事项).
 *
 * @param taskName    审批事项名称
 * @param taskCode    审批事项实施编码
 * @param catalogCode 审批事项基本编码
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedTask(
        @MaxLength(1000) String taskName,
        @CodeFormat(CodeKind.TASK_CODE) String taskCode,
        @CodeFormat(CodeKind.CATALOG_CODE) String catalogCode) {
}
