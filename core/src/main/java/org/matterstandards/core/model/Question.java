package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * One frequently asked question (常见问题) of an implementation item.
 *
 * @param question 问题
 * @param answer   解答
 * @param orderNum 排序号
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
        @Required String question,
        @Required String answer,
        @Range(min = 0, max = 9999) Integer orderNum) {
}
