package org.matterstandards.sdk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.stats.StatisticsReport;
import org.matterstandards.sdk.report.internal.Html;

/**
 * Writes a {@link ValidationReport} as one self-contained HTML file (HTML 报告) for data staff: summary tiles, the
 * indicators with charts, the findings grouped by rule with fix hints and capped samples, and a per-record table
 * with filters and pages.
 *
 * <p>Everything is inline — styles, script, data and SVG charts — and a Content-Security-Policy forbids loading
 * anything else, because district intranets are offline. Labels come from the {@code report} and {@code stats}
 * bundles in the report's language. {@link HtmlLimits} keep a run of 100,000 records within a few megabytes; the
 * report says what a cap left out. Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlReportWriter.builder().build().write(report, out);
 * }</pre>
 */
public final class HtmlReportWriter {

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Nothing but this file's own inline style and script; images only as data: URLs. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private final HtmlLimits limits;
    private final boolean statisticsOnly;

    private HtmlReportWriter(Builder builder) {
        this.limits = builder.limits;
        this.statisticsOnly = builder.statisticsOnly;
    }

    /** @return a builder with {@link HtmlLimits#DEFAULTS} writing the full validation report */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the caps this writer applies */
    public HtmlLimits limits() {
        return limits;
    }

    /**
     * Writes the report.
     *
     * @param report the report; its language decides the labels
     * @param out    where to write (UTF-8); not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(ValidationReport report, OutputStream out) {
        Messages messages = Messages.of(Locale.forLanguageTag(report.locale()));
        StatisticsReport statistics = report.statistics();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Html html = new Html(writer);
        String title = messages.get(statisticsOnly ? "report.statisticsTitle" : "report.title");
        html.raw("<!DOCTYPE html>\n<html lang=\"").text(messages.locale().toLanguageTag())
                .raw("\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"")
                .text(CONTENT_SECURITY_POLICY)
                .raw("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text(title).raw("</title><style>").raw(CSS).raw("</style></head><body>");
        writeHeader(report, messages, title, html);
        html.raw("<main>");
        writeSummary(report, statistics, messages, html);
        if (statistics.hasPowerItems() || statistics.hasImplementationItems() || statisticsOnly) {
            new IndicatorSection(html, messages, limits).write(statistics);
        }
        if (!statisticsOnly) {
            writeRules(report, messages, html);
            writeRecords(report, messages, html, writer);
        }
        html.raw("</main><footer>").text(messages.format("report.footer", report.versions())).raw("</footer>");
        if (!statisticsOnly) {
            html.raw("<script>").raw(SCRIPT).raw("</script>");
        }
        html.raw("</body></html>\n");
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHeader(ValidationReport report, Messages messages, String title, Html html) {
        html.raw("<header><h1>").text(title).raw("</h1><p class=\"meta\">");
        html.text(messages.get("report.meta.profile")).text(messages.get("report.colon")).raw("<strong>")
                .text(report.profile().title(messages.locale())).raw("</strong> <span class=\"muted\">(")
                .text(String.join(" ← ", report.profile().chain())).raw(")</span> · ");
        html.text(messages.get("report.meta.asOf")).text(messages.get("report.colon")).text(report.asOf()).raw(" · ");
        html.text(messages.get("report.meta.generated")).text(messages.get("report.colon"))
                .text(TIME.format(report.startedAt().atZone(CHINA))).raw(" (UTC+8) · ");
        html.text(messages.get("report.meta.duration")).text(messages.get("report.colon")).text(messages.format("report.meta.seconds",
                Args.of("seconds", String.format(Locale.ROOT, "%.1f", report.duration().toMillis() / 1000.0))));
        html.raw("</p><nav><a href=\"#summary\">").text(messages.get("report.nav.summary")).raw("</a>");
        html.raw("<a href=\"#indicators\">").text(messages.get("report.nav.indicators")).raw("</a>");
        if (!statisticsOnly) {
            html.raw("<a href=\"#rules\">").text(messages.get("report.nav.rules")).raw("</a>");
            html.raw("<a href=\"#records\">").text(messages.get("report.nav.records")).raw("</a>");
        }
        html.raw("</nav></header>");
    }

    private void writeSummary(ValidationReport report, StatisticsReport statistics, Messages messages, Html html) {
        html.raw("<section id=\"summary\"><h2>").text(messages.get("report.summary.heading"))
                .raw("</h2><div class=\"tiles\">");
        Map<Severity, Long> bySeverity = report.findingsBySeverity();
        tile("summary", "records", "records", report.recordCount(), messages, html);
        tile("summary", "valid", "valid", report.validCount(), messages, html);
        tile("summary", "invalid", "invalid", report.invalidCount(), messages, html);
        if (!statisticsOnly) {
            for (Severity severity : Severity.values()) {
                tile("summary", severity.name(), severity.name(), bySeverity.get(severity), messages, html);
            }
            tile("summary", "suppressed", "suppressed", report.suppressedCount(), messages, html);
        }
        if (statistics.hasImplementationItems()) {
            tile("stat", "serviceItems", "serviceItems", statistics.overall().serviceItems(), messages, html);
        }
        if (statistics.hasPowerItems()) {
            tile("stat", "powerMain", "powerMain", statistics.overall().powers().totalMain(), messages, html);
            tile("stat", "powerSub", "powerSub", statistics.overall().powers().totalSub(), messages, html);
        }
        if (statisticsOnly) {
            tile("stat", "departments", "departments", statistics.byDepartment().size(), messages, html);
            tile("stat", "districts", "districts", statistics.byDistrict().size(), messages, html);
        }
        html.raw("</div>");
        if (!statisticsOnly && report.recordCount() > 0) {
            long max = bySeverity.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<SvgBarChart.Bar> bars = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                long count = bySeverity.get(severity);
                bars.add(new SvgBarChart.Bar(messages.get("severity." + severity.name()),
                        max == 0 ? 0 : (double) count / max, Html.formatNumber(count), "sev-" + severity.name()));
            }
            html.raw(SvgBarChart.render(messages.get("report.severityChart"), bars));
        }
        writeFiles(report, messages, html);
        html.raw("</section>");
    }

    private static void tile(String kind, String key, String labelKey, long value, Messages messages, Html html) {
        html.raw("<div class=\"tile tile-").text(key).raw("\" data-").raw(kind).raw("=\"").text(key)
                .raw("\"><span class=\"tile-label\">").text(messages.get("report.tile." + labelKey))
                .raw("</span><span class=\"tile-value\">").number(value).raw("</span></div>");
    }

    private static void writeFiles(ValidationReport report, Messages messages, Html html) {
        html.raw("<div class=\"two\"><div><h3>").text(messages.get("report.files.heading"))
                .raw("</h3><table class=\"figures compact\"><thead><tr><th>")
                .text(messages.get("report.files.file")).raw("</th><th>").text(messages.get("report.files.kind"))
                .raw("</th><th class=\"num\">").text(messages.get("report.files.records")).raw("</th></tr></thead><tbody>");
        for (ValidationReport.FileEntry file : report.files()) {
            html.raw("<tr><td>").text(file.file());
            if (file.error() != null) {
                html.raw("<div class=\"error-text\">").text(file.error()).raw("</div>");
            }
            html.raw("</td><td>").text(file.kind() == null ? messages.get("report.files.unknownKind")
                    : messages.get("kind." + file.kind().id())).raw("</td><td class=\"num\">").number(file.records())
                    .raw("</td></tr>");
        }
        html.raw("</tbody></table></div><div><h3>").text(messages.get("report.versions.heading"))
                .raw("</h3><table class=\"figures compact\"><tbody>");
        for (Map.Entry<String, String> version : report.versions().entrySet()) {
            html.raw("<tr><td>").text(messages.get("report.versions." + version.getKey())).raw("</td><td>")
                    .text(version.getValue()).raw("</td></tr>");
        }
        html.raw("</tbody></table></div></div>");
    }

    private void writeRules(ValidationReport report, Messages messages, Html html) {
        html.raw("<section id=\"rules\"><h2>").text(messages.get("report.rules.heading")).raw("</h2>");
        List<RuleGroups.Group> groups = RuleGroups.of(report, limits.samplesPerRule());
        if (groups.isEmpty()) {
            html.raw("<p class=\"muted\">").text(messages.get("report.rules.none")).raw("</p></section>");
            return;
        }
        long max = groups.stream().mapToLong(group -> group.count().findings()).max().orElse(0);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (RuleGroups.Group group : groups.stream()
                .sorted((a, b) -> Long.compare(b.count().findings(), a.count().findings())).limit(10).toList()) {
            String code = group.count().code();
            bars.add(new SvgBarChart.Bar(code + " " + messages.get(code + ".title"),
                    (double) group.count().findings() / max, Html.formatNumber(group.count().findings()),
                    "sev-" + group.count().severity().name()));
        }
        html.raw("<h3>").text(messages.get("report.rules.topChart")).raw("</h3>")
                .raw(SvgBarChart.render(messages.get("report.rules.topChart"), bars));
        for (RuleGroups.Group group : groups) {
            writeRule(group, messages, html);
        }
        html.raw("</section>");
    }

    private static void writeRule(RuleGroups.Group group, Messages messages, Html html) {
        ValidationReport.RuleCount count = group.count();
        String code = count.code();
        html.raw("<details class=\"rule\" data-rule-code=\"").text(code).raw("\" data-count=\"")
                .text(count.findings()).raw("\"><summary><span class=\"sev sev-").text(count.severity().name())
                .raw("\">").text(messages.get("severity." + count.severity().name())).raw("</span> <code>")
                .text(code).raw("</code> <span class=\"rule-title\">").text(messages.get(code + ".title"))
                .raw("</span> <span class=\"muted\">")
                .text(messages.format("report.rules.findings", Args.of("count", Html.formatNumber(count.findings()))))
                .raw(" · ")
                .text(messages.format("report.rules.records", Args.of("count", Html.formatNumber(count.records()))))
                .raw("</span></summary><div class=\"rule-body\">");
        String fix = messages.raw(code + ".fix");
        if (fix != null) {
            html.raw("<p class=\"fix\"><strong>").text(messages.get("report.rules.fix")).text(messages.get("report.colon")).raw("</strong>")
                    .text(fix).raw("</p>");
        }
        html.raw("<button type=\"button\" class=\"linkish\" data-show-rule=\"").text(code).raw("\">")
                .text(messages.get("report.rules.showRecords")).raw("</button>");
        html.raw("<table class=\"samples\"><caption>").text(messages.get("report.rules.samples"))
                .raw("</caption><thead><tr><th class=\"num\">").text(messages.get("report.samples.record"))
                .raw("</th><th>").text(messages.get("report.samples.id")).raw("</th><th>")
                .text(messages.get("report.samples.pointer")).raw("</th><th>")
                .text(messages.get("report.samples.message")).raw("</th></tr></thead><tbody>");
        for (RuleGroups.Sample sample : group.samples()) {
            String id = sample.entry().result().recordId();
            html.raw("<tr><td class=\"num\">").number(sample.entry().result().index() + 1).raw("</td><td>")
                    .text(id == null ? "—" : id).raw("</td><td><code>")
                    .text(sample.finding().pointer().isEmpty() ? "/" : sample.finding().pointer())
                    .raw("</code></td><td>").text(sample.finding().message()).raw("</td></tr>");
        }
        html.raw("</tbody></table>");
        if (group.cut() > 0) {
            html.raw("<p class=\"note cut\">").text(messages.format("report.rules.samplesCut",
                    Args.of("count", Html.formatNumber(group.cut())))).raw("</p>");
        }
        html.raw("</div></details>");
    }

    private void writeRecords(ValidationReport report, Messages messages, Html html, Writer writer) {
        RecordRows.Selection selection = RecordRows.select(report, limits.recordRows());
        html.raw("<section id=\"records\"><h2>").text(messages.get("report.records.heading")).raw("</h2>");
        if (selection.cut()) {
            html.raw("<p class=\"note cut\" id=\"records-cut\">").text(messages.format("report.records.cut", Args.of(
                    "total", Html.formatNumber(report.recordCount()),
                    "shown", Html.formatNumber(selection.rows().size()),
                    "cutFindings", Html.formatNumber(selection.cutFindings()),
                    "cutClean", Html.formatNumber(selection.cutClean())))).raw("</p>");
        }
        html.raw("<div class=\"filters\"><label>").text(messages.get("report.records.filterResult"))
                .raw(" <select id=\"filter-result\">");
        for (String option : List.of("all", "withErrors", "withWarnings", "withInfos", "passed", "clean")) {
            html.raw("<option value=\"").text(option).raw("\">").text(messages.get("report.records." + option))
                    .raw("</option>");
        }
        html.raw("</select></label><label>").text(messages.get("report.records.filterRule"))
                .raw(" <select id=\"filter-rule\"><option value=\"\">").text(messages.get("report.records.anyRule"))
                .raw("</option>");
        for (ValidationReport.RuleCount count : report.ruleCounts()) {
            html.raw("<option value=\"").text(count.code()).raw("\">").text(count.code()).raw(" ")
                    .text(messages.get(count.code() + ".title")).raw("</option>");
        }
        html.raw("</select></label><label>").text(messages.get("report.records.search"))
                .raw(" <input type=\"search\" id=\"filter-text\" placeholder=\"")
                .text(messages.get("report.records.searchPlaceholder")).raw("\"></label></div>");
        html.raw("<noscript><p class=\"note\">").text(messages.get("report.records.noscript")).raw("</p></noscript>");
        html.raw("<table class=\"records\" id=\"record-table\"><thead><tr><th class=\"num\">")
                .text(messages.get("report.records.number")).raw("</th>");
        if (report.files().size() > 1) {
            html.raw("<th>").text(messages.get("report.records.file")).raw("</th>");
        }
        html.raw("<th>").text(messages.get("report.records.id")).raw("</th><th>")
                .text(messages.get("report.records.result")).raw("</th><th>")
                .text(messages.get("report.records.findings")).raw("</th></tr></thead><tbody></tbody></table>");
        html.raw("<div class=\"pager\"><button type=\"button\" id=\"page-prev\">")
                .text(messages.get("report.records.prev")).raw("</button><span id=\"page-info\"></span>"
                        + "<button type=\"button\" id=\"page-next\">").text(messages.get("report.records.next"))
                .raw("</button></div></section>");
        html.raw("<script type=\"application/json\" id=\"report-data\">");
        RecordRows.write(selection, report, messages, limits.pageSize(), writer);
        html.raw("</script>");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to HtmlReportWriter");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds an {@link HtmlReportWriter}. Not thread-safe. */
    public static final class Builder {

        private HtmlLimits limits = HtmlLimits.DEFAULTS;
        private boolean statisticsOnly;

        private Builder() {
        }

        /**
         * Sets the caps.
         *
         * @param htmlLimits the caps
         * @return this builder
         */
        public Builder limits(HtmlLimits htmlLimits) {
            this.limits = Objects.requireNonNull(htmlLimits, "htmlLimits");
            return this;
        }

        /**
         * Writes only the summary and the indicators (the page of {@code matter stats --html}), without findings and
         * records.
         *
         * @param only {@code true} for the statistics page
         * @return this builder
         */
        public Builder statisticsOnly(boolean only) {
            this.statisticsOnly = only;
            return this;
        }

        /** @return the writer */
        public HtmlReportWriter build() {
            return new HtmlReportWriter(this);
        }
    }
}
