package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * One special procedure (特别程序) whose time is not counted in the time limit: 听证, 检验检测, 专家评审 …
 *
 * @param specialName     特别程序种类 or name
 * @param specialDate     特别程序时限
 * @param specialDateType 时限单位 code
 * @param specialExplain  说明
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpecialProcedure(
        @Required @MaxLength(200) String specialName,
        @Range(min = 0, max = 9999) Integer specialDate,
        @MaxLength(2) String specialDateType,
        String specialExplain) {
}
