package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * One fee item (收费项目) of an implementation item.
 *
 * @param feeName     收费项目名称
 * @param feeStand    收费标准
 * @param byLaw       收费依据
 * @param isDesc      是否允许减免
 * @param descExplain 允许减免依据
 * @param remark      备注
 * @param orderNum    排序号
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeItem(
        @Required @MaxLength(200) String feeName,
        @Required @MaxLength(1000) String feeStand,
        String byLaw,
        Boolean isDesc,
        String descExplain,
        String remark,
        @Range(min = 0, max = 9999) Integer orderNum) {
}
