package org.matterstandards.sdk.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Args;

/**
 * The category of a power (职权类型 / 权力类别) as the statistics count it: the ten categories of 中办发〔2015〕21号,
 * which Guangdong uses verbatim (粤府函〔2017〕15号), plus 公共服务 for public-service matters.
 *
 * <p>Which 事项类型 code means which category is not decided here: it is read from the tag each code carries in the
 * 事项类型 code table the profile selects ({@link #byCode(CodeTable)}), so that Set A (10 其他行政权力) and Set B
 * (20 其他行政权力) need no code here. Nor is which categories are on application (依申请): that is the
 * {@code application} tag of the same table ({@link #onApplication(CodeTable)}), the tag rule SM-0101 reads too, so
 * that what a clerk may upload and what the statistics count as on application always agree (in Guangdong 行政征收 is
 * on application, nationally ex officio). What the table cannot say, and this enum does, is how the seed report
 * counts: its order, its labels ("其他类") and that 公共服务 is no power ({@link #isPower()}).
 *
 * <p>The order is the order in which the Shantou 2021 report (汕政数〔2021〕58号) lists the on-application categories —
 * 许可, 征收, 给付, 奖励, 确认, 裁决, 其他 — with the ex-officio categories placed as in 中办发〔2015〕21号. Tables and
 * charts print categories in this order so that a Shantou list reads like the report.
 */
public enum PowerCategory {
    /** 行政许可. */
    LICENSING(Tags.LICENCE),
    /** 行政处罚. */
    PUNISHMENT(Tags.PENALTY),
    /** 行政强制. */
    COERCION(Tags.ENFORCEMENT),
    /** 行政征收; on application in Guangdong (the Shantou report counts 19 征收 items among its 依申请 items). */
    LEVY(Tags.LEVY),
    /** 行政给付. */
    PAYMENT(Tags.PAYMENT),
    /** 行政检查. */
    INSPECTION(Tags.INSPECTION),
    /** 行政奖励. */
    REWARD(Tags.REWARD),
    /** 行政确认. */
    CONFIRMATION(Tags.CONFIRMATION),
    /** 行政裁决. */
    ADJUDICATION(Tags.ADJUDICATION),
    /** 其他行政权力 (其他类); may hold both kinds. */
    OTHER(Tags.OTHER_POWER),
    /** 公共服务: public-service matters, not an administrative power; counted on a line of their own. */
    PUBLIC_SERVICE(Tags.PUBLIC_SERVICE);

    private final String tag;

    PowerCategory(String tag) {
        this.tag = tag;
    }

    /**
     * The tag that marks this category's code in a 事项类型 code table (代码标签).
     *
     * @return the tag, e.g. {@code licence} or {@code otherPower}
     */
    public String tag() {
        return tag;
    }

    /**
     * Whether this is one of the ten power categories (权责事项); 公共服务 is not, and stays out of the power totals.
     *
     * @return {@code false} for {@link #PUBLIC_SERVICE} only
     */
    public boolean isPower() {
        return this != PUBLIC_SERVICE;
    }

    /** @return the bundle key of the Chinese or English label, e.g. {@code powerCategory.LICENSING} */
    public String labelKey() {
        return "powerCategory." + name();
    }

    /**
     * The category of each code of a 事项类型 table (事项类型代码 → 职权类型), read from the codes' tags. A code
     * without a category tag is absent, and the statistics count it under its own code rather than guess.
     *
     * @param taskTypes a 事项类型 code table, e.g. the one a profile selects
     * @return the categories by code, unmodifiable
     * @throws MatterException ({@code stats.taskTypeTags}) when a code carries the tags of two categories
     */
    public static Map<String, PowerCategory> byCode(CodeTable taskTypes) {
        Map<String, PowerCategory> categories = new HashMap<>();
        for (CodeEntry entry : taskTypes.entries()) {
            List<PowerCategory> tagged = new ArrayList<>();
            for (PowerCategory category : values()) {
                if (entry.hasTag(category.tag)) {
                    tagged.add(category);
                }
            }
            if (tagged.size() > 1) {
                throw new MatterException("stats.taskTypeTags", Args.of("table",
                        taskTypes.name() + "." + taskTypes.variant(), "code", entry.code(),
                        "tags", tagged.stream().map(PowerCategory::tag).toList()));
            }
            if (!tagged.isEmpty()) {
                categories.put(entry.code(), tagged.get(0));
            }
        }
        return Collections.unmodifiableMap(categories);
    }

    /**
     * The categories a 事项类型 table counts as on application (依申请): those whose code carries the
     * {@code application} tag, e.g. 行政征收 in the Guangdong table but not in the national one.
     *
     * @param taskTypes a 事项类型 code table, e.g. the one a profile selects
     * @return the categories, unmodifiable
     * @throws MatterException ({@code stats.taskTypeTags}) when a code carries the tags of two categories
     */
    public static Set<PowerCategory> onApplication(CodeTable taskTypes) {
        Set<PowerCategory> categories = EnumSet.noneOf(PowerCategory.class);
        byCode(taskTypes).forEach((code, category) -> {
            if (taskTypes.hasTag(code, Tags.APPLICATION)) {
                categories.add(category);
            }
        });
        return Collections.unmodifiableSet(categories);
    }
}
