package org.matterstandards.sdk.stats;

/**
 * Why a record is left out of the figures (未计入原因): it was not in force (不在用或不在有效期) on the as-of date. The
 * seed's figures are the items shown on the portal, so the statistics count only items in force; every record left
 * out is counted here, by reason, and the console, JSON and HTML reports say so. Bundle keys
 * {@code exclusion.ID} in the {@code stats} bundle.
 */
public enum Exclusion {
    /** 事项状态 tagged {@code cancelled} (取消, 3 in the national table). */
    CANCELLED("cancelled"),
    /** 计划取消日期 on or before the as-of date: the item was cancelled by plan (已过计划取消日期). */
    EXPIRED("expired"),
    /** 计划生效日期 after the as-of date: not yet in force (尚未生效). */
    NOT_YET_EFFECTIVE("notYetEffective");

    private final String id;

    Exclusion(String id) {
        this.id = id;
    }

    /** @return the stable id used in JSON and in bundle keys, e.g. {@code cancelled} */
    public String id() {
        return id;
    }

    /** @return the bundle key of the reason's label */
    public String labelKey() {
        return "exclusion." + id;
    }
}
