package org.matterstandards.sdk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.stats.Figures;
import org.matterstandards.sdk.stats.Indicator;
import org.matterstandards.sdk.stats.IndicatorValue;
import org.matterstandards.sdk.stats.PowerCounts;
import org.matterstandards.sdk.stats.StatisticsLabels;
import org.matterstandards.sdk.stats.StatisticsReport;
import org.matterstandards.sdk.report.internal.Html;

/**
 * The indicator part of the HTML report (指标): the power list by category, the implementation-item indicators with
 * charts, and the figures by district and by department.
 */
final class IndicatorSection {

    private final Html html;
    private final Messages messages;
    private final HtmlLimits limits;

    IndicatorSection(Html html, Messages messages, HtmlLimits limits) {
        this.html = html;
        this.messages = messages;
        this.limits = limits;
    }

    void write(StatisticsReport statistics) {
        html.raw("<section id=\"indicators\"><h2>").text(messages.get("report.indicators.heading")).raw("</h2>");
        StatisticsLabels.exclusionSentence(statistics, messages).ifPresent(sentence ->
                html.raw("<p class=\"note\" data-stat=\"excluded\">").text(sentence).raw("</p>"));
        if (!statistics.hasPowerItems() && !statistics.hasImplementationItems()) {
            html.raw("<p class=\"muted\">").text(messages.get("report.indicators.none")).raw("</p></section>");
            return;
        }
        if (statistics.hasPowerItems()) {
            writePowerList(statistics.overall().powers());
        }
        if (statistics.hasImplementationItems()) {
            writeIndicators(statistics);
        }
        boolean items = statistics.hasImplementationItems();
        boolean powers = statistics.hasPowerItems();
        writeGroups("districts", messages.get("report.groups.district"), statistics.byDistrict(), items, powers,
                StatisticsLabels::districtLabel);
        writeGroups("departments", messages.get("report.groups.department"), statistics.byDepartment(), items,
                powers, StatisticsLabels::departmentLabel);
        html.raw("</section>");
    }

    private void writePowerList(PowerCounts counts) {
        List<StatisticsLabels.PowerRow> rows = StatisticsLabels.powerRows(counts, messages);
        html.raw("<h3>").text(messages.get("report.power.heading")).raw("</h3>");
        html.raw("<p class=\"power-sentence\" data-stat=\"powerSentence\">")
                .text(StatisticsLabels.powerSentence(counts, messages)).raw("</p>");
        long max = rows.stream().mapToLong(StatisticsLabels.PowerRow::main).max().orElse(0);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (StatisticsLabels.PowerRow row : rows) {
            bars.add(new SvgBarChart.Bar(row.label(), max == 0 ? 0 : (double) row.main() / max,
                    Html.formatNumber(row.main()), "bar-main"));
        }
        html.raw(SvgBarChart.render(messages.get("report.power.heading"), bars));
        html.raw("<table class=\"figures\" id=\"power-table\"><thead><tr><th>")
                .text(messages.get("stats.powerCategory")).raw("</th><th class=\"num\">")
                .text(messages.get("stats.powerMain")).raw("</th><th class=\"num\">")
                .text(messages.get("stats.powerSub")).raw("</th></tr></thead><tbody>");
        for (StatisticsLabels.PowerRow row : rows) {
            html.raw("<tr data-category=\"").text(row.label()).raw("\"><td>").text(row.label())
                    .raw("</td><td class=\"num\">").number(row.main()).raw("</td><td class=\"num\">")
                    .number(row.sub()).raw("</td></tr>");
        }
        html.raw("</tbody><tfoot><tr><th>").text(messages.get("stats.powerTotal")).raw("</th><th class=\"num\">")
                .number(counts.totalMain()).raw("</th><th class=\"num\">").number(counts.totalSub())
                .raw("</th></tr>");
        StatisticsLabels.publicServiceRow(counts, messages).ifPresent(row -> html
                .raw("<tr class=\"public-service\" data-stat=\"publicService\"><td>").text(row.label())
                .raw("</td><td class=\"num\">").number(row.main()).raw("</td><td class=\"num\">")
                .number(row.sub()).raw("</td></tr>"));
        html.raw("</tfoot></table>");
        if (counts.mainAssumed() > 0) {
            html.raw("<p class=\"note\">")
                    .text(messages.format("stats.powerMainAssumed", Args.of("count", counts.mainAssumed())))
                    .raw("</p>");
        }
    }

    private void writeIndicators(StatisticsReport statistics) {
        Figures overall = statistics.overall();
        html.raw("<h3>").text(messages.format("report.indicators.items",
                Args.of("base", Html.formatNumber(overall.serviceItems()))))
                .raw("</h3>");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (IndicatorValue value : overall.indicators().values()) {
            bars.add(new SvgBarChart.Bar(StatisticsLabels.title(value.indicator(), messages), value.value(),
                    Html.formatPercent(value.value()), value.indicator().isDaySumRatio() ? "bar-ratio" : "bar-rate"));
        }
        html.raw(SvgBarChart.render(messages.get("report.indicators.heading"), bars));
        html.raw("<table class=\"figures\" id=\"indicator-table\"><thead><tr><th>")
                .text(messages.get("stats.indicator")).raw("</th><th class=\"num\">")
                .text(messages.get("report.indicators.count")).raw("</th><th class=\"num\">")
                .text(messages.get("report.indicators.base")).raw("</th><th class=\"num\">")
                .text(messages.get("report.indicators.rate")).raw("</th><th class=\"num\">")
                .text(messages.get("report.indicators.departments")).raw("</th></tr></thead><tbody>");
        for (IndicatorValue value : overall.indicators().values()) {
            Indicator indicator = value.indicator();
            html.raw("<tr data-indicator=\"").text(indicator.id()).raw("\"><td title=\"")
                    .text(messages.get(indicator.definitionKey())).raw("\">")
                    .text(StatisticsLabels.title(indicator, messages)).raw("</td>");
            if (indicator.isDaySumRatio()) {
                html.raw("<td class=\"num\" colspan=\"2\">").text(messages.format("report.indicators.compression",
                        Args.of("statutory", Html.formatNumber(value.denominator()),
                                "promised", Html.formatNumber(value.denominator() - value.numerator()),
                                "items", Html.formatNumber(value.base())))).raw("</td>");
            } else {
                html.raw("<td class=\"num\">").number(value.numerator()).raw("</td><td class=\"num\">")
                        .number(value.denominator()).raw("</td>");
            }
            html.raw("<td class=\"num rate\">").text(Html.formatPercent(value.value())).raw("</td><td class=\"num\">");
            if (!indicator.isDaySumRatio()) {
                html.number(statistics.departmentsWith(indicator));
            }
            html.raw("</td></tr>");
        }
        html.raw("</tbody></table><p class=\"note\">").text(messages.get("report.indicators.inferred")).raw("</p>");
        html.raw("<details class=\"definitions\"><summary>").text(messages.get("report.indicators.definitions"))
                .raw("</summary><dl>");
        for (Indicator indicator : Indicator.values()) {
            html.raw("<dt>").text(StatisticsLabels.title(indicator, messages)).raw("</dt><dd>")
                    .text(messages.get(indicator.definitionKey())).raw("</dd>");
        }
        html.raw("</dl></details>");
        writeHandleAreas(overall);
    }

    private void writeHandleAreas(Figures overall) {
        html.raw("<h4>").text(messages.get("report.indicators.handleAreas")).raw("</h4><table class=\"figures compact\">"
                + "<tbody>");
        for (Map.Entry<String, Long> entry : overall.handleAreas().entrySet()) {
            html.raw("<tr><td>").text(StatisticsLabels.handleAreaLabel(entry.getKey(), messages))
                    .raw("</td><td class=\"num\">").number(entry.getValue()).raw("</td></tr>");
        }
        html.raw("</tbody></table>");
    }

    private void writeGroups(String id, String heading, List<Figures> groups, boolean items, boolean powers,
                             BiFunction<Figures, Messages, String> label) {
        if (groups.isEmpty()) {
            return;
        }
        html.raw("<h3>").text(heading).raw("</h3><div class=\"scroll\"><table class=\"figures\" id=\"")
                .text(id).raw("\"><thead><tr><th>").text(messages.get("report.groups.name")).raw("</th>");
        if (items) {
            html.raw("<th class=\"num\">").text(messages.get("report.groups.items")).raw("</th>");
            for (Indicator indicator : StatisticsLabels.GROUP_COLUMNS) {
                html.raw("<th class=\"num\">").text(messages.get(indicator.titleKey())).raw("</th>");
            }
        }
        if (powers) {
            html.raw("<th class=\"num\">").text(messages.get("stats.powerMain")).raw("</th><th class=\"num\">")
                    .text(messages.get("stats.powerSub")).raw("</th>");
        }
        html.raw("</tr></thead><tbody>");
        int shown = Math.min(groups.size(), limits.groupRows());
        for (Figures figures : groups.subList(0, shown)) {
            html.raw("<tr><td>").text(label.apply(figures, messages)).raw("</td>");
            if (items) {
                html.raw("<td class=\"num\">").number(figures.serviceItems()).raw("</td>");
                for (Indicator indicator : StatisticsLabels.GROUP_COLUMNS) {
                    html.raw("<td class=\"num\">").text(Html.formatPercent(figures.value(indicator).value()))
                            .raw("</td>");
                }
            }
            if (powers) {
                html.raw("<td class=\"num\">").number(figures.powers().totalMain()).raw("</td><td class=\"num\">")
                        .number(figures.powers().totalSub()).raw("</td>");
            }
            html.raw("</tr>");
        }
        html.raw("</tbody></table></div>");
        if (shown < groups.size()) {
            html.raw("<p class=\"note cut\">").text(messages.format("report.groups.cut",
                    Args.of("shown", shown, "cut", groups.size() - shown))).raw("</p>");
        }
    }
}
