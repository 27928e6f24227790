package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * One process step (办理环节) of an implementation item: 受理, 审查, 决定, 制证, 送达 …
 *
 * @param linkName         环节名称
 * @param handleDeptName   办理处室
 * @param handlePersonName 办理人 (role)
 * @param handleDay        办理时限
 * @param handleDayType    时限单位 code (the exchange table calls it HANDLE_TYPE; renamed here so it cannot be
 *                         confused with the item's 办理形式)
 * @param isSpecial        有无特别程序
 * @param specialExplain   特别程序说明
 * @param orderNum         排序号
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessStep(
        @Required @MaxLength(100) String linkName,
        @MaxLength(200) String handleDeptName,
        @MaxLength(100) String handlePersonName,
        @Range(min = 0, max = 9999) Integer handleDay,
        @MaxLength(2) String handleDayType,
        Boolean isSpecial,
        String specialExplain,
        @Range(min = 0, max = 9999) Integer orderNum) {
}
