package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * One application material (申请材料) of an implementation item.
 *
 * @param materialName     材料名称
 * @param materialType     材料类型 code (1 证件证书证明, 2 申请表格文书, 3 其他)
 * @param materialFormat   材料形式 code (1 纸质, 2 电子化, 3 纸质/电子化)
 * @param isNeed           材料必要性 code (1 必要, 2 非必要, 3 容缺后补)
 * @param sourceType       来源渠道 code (10 申请人自备, 20 政府部门核发, 99 其他)
 * @param sourceExplain    来源渠道说明
 * @param pageNum          纸质材料份数
 * @param pageFormat       纸质材料规格
 * @param fillExplain      填报须知
 * @param acceptStand      受理标准
 * @param byLaw            要求提供材料的依据
 * @param remark           备注
 * @param orderNum         排序号
 * @param formGuid         空白表格 reference
 * @param exampleGuid      示例样表 reference
 * @param copyNum          复印件份数 (Guangdong portal PAGE_COPYNUM)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Material(
        @Required @MaxLength(200) String materialName,
        @MaxLength(2) String materialType,
        @MaxLength(2) String materialFormat,
        @Required @MaxLength(2) String isNeed,
        @MaxLength(2) String sourceType,
        @MaxLength(500) String sourceExplain,
        @Range(min = 0, max = 999) Integer pageNum,
        @MaxLength(100) String pageFormat,
        String fillExplain,
        String acceptStand,
        String byLaw,
        String remark,
        @Required @Range(min = 0, max = 9999) Integer orderNum,
        @MaxLength(256) String formGuid,
        @MaxLength(256) String exampleGuid,
        @Range(min = 0, max = 999) Integer copyNum) {
}
