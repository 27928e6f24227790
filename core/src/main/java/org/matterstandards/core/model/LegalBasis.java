package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Required;

/**
 * One legal basis (设定依据 / 实施依据) of a matter: a law, regulation or document and the clause that applies.
 *
 * @param lawName       法律法规名称
 * @param lawNumber     文号, e.g. 国发〔2022〕5号
 * @param clauseNumber  条款号
 * @param clauseContent 条款内容
 * @param lawLevel      效力层级 code from the profile's {@code lawLevel} table (法律, 行政法规, 国务院决定, 部门规章,
 *                      地方性法规, 地方政府规章, 规范性文件)
 * @param lawDept       颁布机关
 * @param lawDate       实施日期
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalBasis(
        @Required @MaxLength(500) String lawName,
        @MaxLength(100) String lawNumber,
        @MaxLength(100) String clauseNumber,
        String clauseContent,
        @MaxLength(2) String lawLevel,
        @MaxLength(200) String lawDept,
        LocalDate lawDate) {
}
