package org.matterstandards.sdk.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * (20 其他行政权力) need no code here. What the table cannot say, and this enum does, is how the seed report counts:
 * its order, its labels ("其他类") and which categories it counts as on application (行政征收, see {@link #LEVY}).
 *
 * <p>The order is the order in which the Shantou 2021 report (汕政数〔2021〕58号) lists the on-application categories —
 * 许可, 征收, 给付, 奖励, 确认, 裁决, 其他 — with the ex-officio categories placed as in 中办发〔2015〕21号. Tables and
 * charts print categories in this order so that a Shantou list reads like the report.
 */
public enum PowerCategory {
    /** 行政许可. */
    LICENSING(Tags.LICENCE, true),
    /** 行政处罚: ex officio. */
    PUNISHMENT(Tags.PENALTY, false),
    /** 行政强制: ex officio. */
    COERCION(Tags.ENFORCEMENT, false),
    /**
     * 行政征收. Counted as on application because the Shantou report counts its 19 征收 items among the
     * "依申请类权责事项", although the code table tags it {@code exOfficio} as domain-reference §3.2 infers for the
     * exchange tables (see docs/indicators.md).
     */
    LEVY(Tags.LEVY, true),
    /** 行政给付. */
    PAYMENT(Tags.PAYMENT, true),
    /** 行政检查: ex officio. */
    INSPECTION(Tags.INSPECTION, false),
    /** 行政奖励. */
    REWARD(Tags.REWARD, true),
    /** 行政确认. */
    CONFIRMATION(Tags.CONFIRMATION, true),
    /** 行政裁决. */
    ADJUDICATION(Tags.ADJUDICATION, true),
    /** 其他行政权力 (其他类); may hold both kinds, counted as on application. */
    OTHER(Tags.OTHER_POWER, true),
    /** 公共服务: public-service matters, always on application. */
    PUBLIC_SERVICE(Tags.PUBLIC_SERVICE, true);

    private final String tag;
    private final boolean onApplication;

    PowerCategory(String tag, boolean onApplication) {
        this.tag = tag;
        this.onApplication = onApplication;
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
}
