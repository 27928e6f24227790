package org.matterstandards.sdk.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;

/**
 * The words around the figures (统计文字), shared by the console table, the HTML report and the JSON writer so that
 * all three name rows and indicators alike.
 */
public final class StatisticsLabels {

    /**
     * One row of the power-list table.
     *
     * @param label the category's label, or "未知类型 XX" for a code outside the profile's table
     * @param main  main items
     * @param sub   sub-items
     */
    public record PowerRow(String label, long main, long sub) {
    }

    /** The indicators shown as columns of by-district and by-department tables; all of them are in the JSON. */
    public static final List<Indicator> GROUP_COLUMNS = List.of(Indicator.ONLINE_AVAILABLE, Indicator.FULLY_ONLINE,
            Indicator.AT_MOST_ONE_VISIT, Indicator.ZERO_VISIT, Indicator.IMMEDIATE, Indicator.ENTRY_CENTER);

    private StatisticsLabels() {
    }

    /**
     * The rows of the power-list table: every power category with at least one entry, in {@link PowerCategory}
     * order, then codes outside the table. 公共服务 is not among them: it has a line of its own
     * ({@link #publicServiceRow}), below the total.
     *
     * @param counts   the counts
     * @param messages the language
     * @return the rows, without a total
     */
    public static List<PowerRow> powerRows(PowerCounts counts, Messages messages) {
        List<PowerRow> rows = new ArrayList<>();
        for (PowerCategory category : PowerCategory.values()) {
            if (!category.isPower()) {
                continue;
            }
            long main = counts.main().get(category);
            long sub = counts.sub().get(category);
            if (main + sub > 0) {
                rows.add(new PowerRow(messages.get(category.labelKey()), main, sub));
            }
        }
        Set<String> unknown = new TreeSet<>(counts.unknownMain().keySet());
        unknown.addAll(counts.unknownSub().keySet());
        for (String code : unknown) {
            String label = code.isEmpty() ? messages.get("powerCategory.missing")
                    : messages.format("powerCategory.unknown", Args.of("code", code));
            rows.add(new PowerRow(label, counts.unknownMain().getOrDefault(code, 0L),
                    counts.unknownSub().getOrDefault(code, 0L)));
        }
        return rows;
    }

    /**
     * The line of public services (公共服务事项), shown apart from the power list and outside its total.
     *
     * @param counts   the counts
     * @param messages the language
     * @return the row labelled "公共服务（不计入权责事项合计）", empty when there are none
     */
    public static Optional<PowerRow> publicServiceRow(PowerCounts counts, Messages messages) {
        if (counts.publicServiceMain() + counts.publicServiceSub() == 0) {
            return Optional.empty();
        }
        return Optional.of(new PowerRow(messages.get("power.publicServiceLine"), counts.publicServiceMain(),
                counts.publicServiceSub()));
    }

    /**
     * The seed report's sentence: "依申请类权责事项主项 698 项。其中行政许可 330 项，…，其他类 255 项。" — on-application
     * power categories (not 公共服务) with at least one main item, in {@link PowerCategory} order.
     *
     * @param counts   the counts
     * @param messages the language
     * @return the sentence
     */
    public static String powerSentence(PowerCounts counts, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<PowerCategory, Long> entry : counts.main().entrySet()) {
            if (counts.inHeadline(entry.getKey()) && entry.getValue() > 0) {
                parts.add(messages.format("power.sentencePart",
                        Args.of("label", messages.get(entry.getKey().labelKey()), "count", entry.getValue())));
            }
        }
        return messages.format("power.sentence", Args.of("total", counts.onApplicationMain(),
                "parts", String.join(messages.get("power.sentenceSeparator"), parts)));
    }

    /**
     * The sentence that says which records are not in any figure because they were not in force on the as-of date:
     * "未计入 3 条不在用的记录（截至 2026-11-29，只统计在用且在有效期内的事项）：已取消 2 条，已过计划取消日期 1 条。"
     *
     * @param report   the statistics
     * @param messages the language
     * @return the sentence, empty when every record was in force
     */
    public static Optional<String> exclusionSentence(StatisticsReport report, Messages messages) {
        if (report.excludedTotal() == 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        report.excluded().forEach((reason, n) -> parts.add(messages.format("exclusion.part",
                Args.of("reason", messages.get(reason.labelKey()), "count", n))));
        return Optional.of(messages.format("exclusion.sentence", Args.of("total", report.excludedTotal(),
                "asOf", report.asOf(), "parts", String.join(messages.get("power.sentenceSeparator"), parts))));
    }

    /**
     * A count as data staff read figures, with grouping: {@code 12,300}.
     *
     * @param count the count
     * @return the text
     */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * A fraction as a percentage with one decimal, e.g. {@code 87.0%}; an undefined fraction as a dash.
     *
     * @param fraction the fraction, may be NaN
     * @return the text
     */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /**
     * An indicator's title, marked with ＊ when its definition is an inference.
     *
     * @param indicator the indicator
     * @param messages  the language
     * @return the title
     */
    public static String title(Indicator indicator, Messages messages) {
        return messages.get(indicator.titleKey()) + (indicator.inferred() ? " ＊" : "");
    }

    /**
     * The name of a by-district group: the division's name and code, or "未填行政区划".
     *
     * @param figures  a by-district group
     * @param messages the language
     * @return the label
     */
    public static String districtLabel(Figures figures, Messages messages) {
        if (figures.key().isEmpty()) {
            return messages.get("group.unknownDistrict");
        }
        return figures.label() == null ? figures.key() : figures.label() + " " + figures.key();
    }

    /**
     * The name of a by-department group, or "未填实施主体".
     *
     * @param figures  a by-department group
     * @param messages the language
     * @return the label
     */
    public static String departmentLabel(Figures figures, Messages messages) {
        return figures.key().isEmpty() ? messages.get("group.unknownDepartment") : figures.key();
    }

    /**
     * The name of a 通办范围 code.
     *
     * @param code     the code, {@code ""} when not given
     * @param messages the language
     * @return the label, or the code itself when unknown
     */
    public static String handleAreaLabel(String code, Messages messages) {
        String key = code.isEmpty() ? "handleArea.none" : "handleArea." + code;
        return messages.has(key) ? messages.get(key) : code;
    }
}
