package org.matterstandards.sdk.stats;

/**
 * The category of a power (职权类型 / 权力类别): the ten categories of 中办发〔2015〕21号, which Guangdong uses verbatim
 * (粤府函〔2017〕15号), plus 公共服务 for public-service matters.
 *
 * <p>The order is the order in which the Shantou 2021 report (汕政数〔2021〕58号) lists the on-application categories —
 * 许可, 征收, 给付, 奖励, 确认, 裁决, 其他 — with the ex-officio categories placed as in 中办发〔2015〕21号. Tables and
 * charts print categories in this order so that a Shantou list reads like the report.
 */
public enum PowerCategory {
    /** 行政许可. */
    LICENSING(true),
    /** 行政处罚: ex officio. */
    PUNISHMENT(false),
    /** 行政强制: ex officio. */
    COERCION(false),
    /**
     * 行政征收. Counted as on application because the Shantou report counts its 19 征收 items among the
     * "依申请类权责事项"; domain-reference §3.2 infers the opposite for the exchange tables (see docs/indicators.md).
     */
    LEVY(true),
    /** 行政给付. */
    PAYMENT(true),
    /** 行政检查: ex officio. */
    INSPECTION(false),
    /** 行政奖励. */
    REWARD(true),
    /** 行政确认. */
    CONFIRMATION(true),
    /** 行政裁决. */
    ADJUDICATION(true),
    /** 其他行政权力 (其他类); may hold both kinds, counted as on application. */
    OTHER(true),
    /** 公共服务: public-service matters, always on application. */
    PUBLIC_SERVICE(true);

    private final boolean onApplication;

    PowerCategory(boolean onApplication) {
        this.onApplication = onApplication;
    }

    /**
     * Whether matters of this category are handled on application (依申请) and so are service matters; 处罚, 强制 and
     * 检查 are exercised ex officio (依职权).
     *
     * @return {@code true} for an on-application category
     */
    public boolean onApplication() {
        return onApplication;
    }

    /** @return the bundle key of the Chinese or English label, e.g. {@code powerCategory.LICENSING} */
    public String labelKey() {
        return "powerCategory." + name();
    }
}
