package org.matterstandards.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.matterstandards.core.model.constraint.CodeFormat;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Required;

/**
 * A list change and its filing (清单调整与备案记录): one item of a list (for example an intermediary service) was
 * added, modified or cancelled, and must be adjusted in the online intermediary market (网上中介服务超市) and the
 * provincial matter system (省政务服务事项管理系统) and filed (备案) with the same-level data administration within
 * the profile's number of working days.
 *
 * @param changeId           变更记录编号
 * @param changeType         调整类型 code (1 新增, 2 变更, 3 取消)
 * @param subjectKind        kind id of the changed item, e.g. {@code intermediary-service}
 * @param subjectCode        changed item's code (中介服务事项编码, 实施编码 …)
 * @param subjectName        changed item's name
 * @param deptName           responsible department
 * @param deptCode           responsible department's 统一社会信用代码
 * @param areaCode           行政区划代码
 * @param decisionDate       date the change was decided or took effect (the deadline counts from here)
 * @param marketAdjustedDate date adjusted in the 网上中介服务超市
 * @param systemAdjustedDate date adjusted in the 省政务服务事项管理系统
 * @param filedDate          date filed (备案) with the same-level 政务服务数据管理部门
 * @param filingAuthority    the data administration it was filed with
 * @param changedElements    keys of the changed elements
 * @param reason             reason for the change (e.g. 法律法规立改废释)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListChange(
        @Required @MaxLength(50) String changeId,
        @Required @MaxLength(2) String changeType,
        @MaxLength(40) String subjectKind,
        @Required @MaxLength(50) String subjectCode,
        @MaxLength(1000) String subjectName,
        @Required @MaxLength(200) String deptName,
        @CodeFormat(CodeKind.USCC) String deptCode,
        @CodeFormat(CodeKind.DIVISION_CODE) String areaCode,
        @Required LocalDate decisionDate,
        LocalDate marketAdjustedDate,
        LocalDate systemAdjustedDate,
        LocalDate filedDate,
        @MaxLength(200) String filingAuthority,
        List<String> changedElements,
        String reason) implements MatterRecord {

    /** Copies the list components so that the record is immutable. */
    public ListChange {
        changedElements = ModelLists.copy(changedElements);
    }

    @Override
    @JsonIgnore
    public String recordId() {
        return changeId;
    }
}
