package org.matterstandards.core.codetable;

/**
 * The tags of the built-in code tables (代码标签) that rules rely on. A variant for another province must put the same
 * tags on its codes, which is what lets the rules work with any codes.
 */
public final class Tags {

    /** 事项类型: one of the ten power categories (职权类型) of 中办发〔2015〕21号. */
    public static final String POWER = "power";
    /** 事项类型: on application (依申请), may be published as an implementation item. */
    public static final String APPLICATION = "application";
    /** 事项类型: ex officio (依职权: 处罚, 强制, 征收, 检查), a power-list entry only. */
    public static final String EX_OFFICIO = "exOfficio";
    /** 事项类型: administrative licensing (行政许可). */
    public static final String LICENCE = "licence";
    /** 事项类型: public service (公共服务). */
    public static final String PUBLIC_SERVICE = "publicService";
    /** 事项类型: administrative penalty (行政处罚). */
    public static final String PENALTY = "penalty";
    /** 事项类型: administrative enforcement (行政强制). */
    public static final String ENFORCEMENT = "enforcement";
    /** 事项类型: administrative levy (行政征收). */
    public static final String LEVY = "levy";
    /** 事项类型: administrative payment (行政给付). */
    public static final String PAYMENT = "payment";
    /** 事项类型: administrative inspection (行政检查). */
    public static final String INSPECTION = "inspection";
    /** 事项类型: administrative confirmation (行政确认). */
    public static final String CONFIRMATION = "confirmation";
    /** 事项类型: administrative reward (行政奖励). */
    public static final String REWARD = "reward";
    /** 事项类型: administrative adjudication (行政裁决). */
    public static final String ADJUDICATION = "adjudication";
    /** 事项类型: other administrative power (其他行政权力), whatever its code in a variant (10 or 20). */
    public static final String OTHER_POWER = "otherPower";
    /** 实施主体性质 / 权力来源: acting for another body (受委托组织, 委托). */
    public static final String ENTRUSTED = "entrusted";
    /** 办件类型: immediate item (即办件). */
    public static final String IMMEDIATE = "immediate";
    /** 办理形式: handled online (网上办理). */
    public static final String ONLINE = "online";
    /** 办理形式: application by mail or express delivery (快递申请). */
    public static final String EXPRESS = "express";
    /** 时限单位: working days (工作日). */
    public static final String WORKING_DAY = "workingDay";
    /** 时限单位: calendar days (自然日). */
    public static final String CALENDAR_DAY = "calendarDay";
    /** 网上办理深度 capability: online acceptance (互联网受理). */
    public static final String ACCEPT = "accept";
    /** 网上办理深度 capability: online handling (互联网办理). */
    public static final String HANDLE = "handle";
    /** 网上办理深度级别: fully online (全程网办, Ⅳ级). */
    public static final String FULLY_ONLINE = "fullyOnline";
    /** 通办范围: counted as cross-region handling (跨域通办: 全国 and 全省; an inference, see the table's header). */
    public static final String CROSS_REGION = "crossRegion";
    /** 来源渠道: issued by a government department (政府部门核发). */
    public static final String GOVERNMENT = "government";
    /** 事项状态: in use (在用); an intermediary service in this state is on the list and retained. */
    public static final String IN_USE = "inUse";
    /** 事项状态: cancelled (取消); the statistics leave such items out (they are no longer on the portal). */
    public static final String CANCELLED = "cancelled";
    /**
     * 设定依据效力层级: a basis of this level may set an intermediary service as an acceptance condition (法律、行政法规、
     * 国务院决定、部门规章, 国办发〔2015〕31号).
     */
    public static final String INTERMEDIARY_BASIS = "intermediaryBasis";
    /** 收费性质: the applicant pays (经营服务性 or 行政事业性收费). */
    public static final String CHARGED = "charged";
    /** 收费性质: the applicant does not pay (不收费). */
    public static final String FREE = "free";

    private Tags() {
    }
}
