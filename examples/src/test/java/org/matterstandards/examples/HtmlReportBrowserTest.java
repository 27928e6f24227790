package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.cli.MatterCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the HTML reports in a real headless Chromium: no console errors, no failed loads, the script renders the
 * record table, filters and pages work, and the page shows the same numbers as the JSON report of the same run.
 * Skips with a plain message when no Chromium is installed; {@code .ci/run} installs it, so CI runs it.
 */
class HtmlReportBrowserTest {

    private static final String SKIPPED = "HTML report browser test skipped: no chromium binary found "
            + "(install the Debian packages chromium and chromium-driver, as .ci/run does, or set MATTER_CHROMIUM)";
    private static final String TILES = "JSON.stringify(Object.fromEntries(Array.from("
            + "document.querySelectorAll('[data-summary]')).map(t => [t.dataset.summary, "
            + "t.querySelector('.tile-value').textContent])))";
    private static final String RULES = "JSON.stringify(Object.fromEntries(Array.from("
            + "document.querySelectorAll('[data-rule-code]')).map(r => [r.dataset.ruleCode, r.dataset.count])))";
    private static final String ROWS = "document.querySelectorAll('#record-table tbody tr').length";
    private static final String PAGE_INFO = "document.getElementById('page-info').textContent";

    private static Optional<Path> chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.findBinary();
        if (chromium.isEmpty()) {
            System.out.println(SKIPPED);
        }
    }

    private static JsonNode validate(Path data, Path json, Path html) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MatterCli.run(new String[] {"validate", data.toString(), "--profile", "shantou",
            "--as-of", "2026-11-29", "--fail-on", "never", "--report-json", json.toString(),
            "--report-html", html.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        try {
            return JsonMapper.builder().build().readTree(Files.readString(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Long> numbers(JsonNode tiles) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        JsonNode parsed = JsonMapper.builder().build().readTree(tiles.asString());
        for (Iterator<Map.Entry<String, JsonNode>> it = parsed.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            numbers.put(entry.getKey(), Long.parseLong(entry.getValue().asString().replace(",", "")));
        }
        return numbers;
    }

    private static Map<String, Long> expectedTiles(JsonNode summary) {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("records", summary.get("records").asLong());
        expected.put("valid", summary.get("valid").asLong());
        expected.put("invalid", summary.get("invalid").asLong());
        for (String severity : new String[] {"ERROR", "WARNING", "INFO"}) {
            expected.put(severity, summary.get("findings").get(severity).asLong());
        }
        expected.put("suppressed", summary.get("suppressed").asLong());
        return expected;
    }

    @Test
    void theSampleReportShowsTheJsonReportsNumbersWithoutConsoleErrors() throws Exception {
        assumeTrue(chromium.isPresent(), SKIPPED);
        Path json = dir.resolve("sample.json");
        Path html = dir.resolve("sample.html");
        JsonNode report = validate(Path.of("data/shantou-sample.json"), json, html);
        JsonNode summary = report.get("summary");
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open(html.toUri().toString());
            assertThat(numbers(browser.evaluate(TILES))).isEqualTo(expectedTiles(summary));
            Map<String, Long> byCode = new LinkedHashMap<>();
            summary.get("byCode").properties().forEach(entry -> byCode.put(entry.getKey(), entry.getValue().asLong()));
            assertThat(numbers(browser.evaluate(RULES))).isEqualTo(byCode);
            assertThat(browser.evaluate(ROWS).asInt()).isEqualTo(summary.get("records").asInt());

            browser.evaluate("(() => { const s = document.getElementById('filter-result'); s.value = 'withErrors';"
                    + " s.dispatchEvent(new Event('change')); })()");
            long withErrors = 0;
            for (JsonNode record : report.get("records")) {
                if (record.get("findings").findValuesAsString("severity").contains("ERROR")) {
                    withErrors++;
                }
            }
            assertThat(browser.evaluate(ROWS).asLong()).isEqualTo(withErrors);
            assertThat(browser.evaluate(PAGE_INFO).asString()).contains("筛选出 " + withErrors + " 条记录");

            browser.evaluate("document.querySelector('[data-show-rule=\"SC-0101\"]').click()");
            assertThat(browser.evaluate(ROWS).asLong()).isEqualTo(summary.get("byCode").get("SC-0101").asLong());
            assertThat(browser.evaluate("document.querySelector('#record-table tbody').textContent").asString())
                    .contains("SC-0101").contains("/acceptCondition");
            assertThat(browser.errors()).isEmpty();
        }
    }

    @Test
    void aLargerRunPagesAndSearchesAndThePowerListPageShowsTheSeedFigures() throws Exception {
        assumeTrue(chromium.isPresent(), SKIPPED);
        Path data = dir.resolve("items.ndjson");
        try (Writer out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            ImplementationItemGenerator.write(1_200, 0.1, ImplementationItemGenerator.SEED, out);
        }
        Path html = dir.resolve("large.html");
        JsonNode summary = validate(data, dir.resolve("large.json"), html).get("summary");
        Path statsHtml = dir.resolve("powers.html");
        int code = MatterCli.run(new String[] {"stats", "data/shantou-power-list.json", "--html", statsHtml.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open(html.toUri().toString());
            assertThat(numbers(browser.evaluate(TILES))).isEqualTo(expectedTiles(summary));
            assertThat(browser.evaluate(ROWS).asInt()).isEqualTo(50);
            assertThat(browser.evaluate(PAGE_INFO).asString()).isEqualTo("第 1 / 24 页，筛选出 1,200 条记录");
            browser.evaluate("document.getElementById('page-next').click()");
            assertThat(browser.evaluate(PAGE_INFO).asString()).startsWith("第 2 / 24 页");
            assertThat(browser.evaluate("document.querySelector('#record-table tbody td').textContent").asString())
                    .isEqualTo("51");
            String id = browser.evaluate("document.querySelectorAll('#record-table tbody tr')[3]"
                    + ".children[1].textContent").asString();
            browser.evaluate("(() => { const t = document.getElementById('filter-text'); t.value = '" + id + "';"
                    + " t.dispatchEvent(new Event('input')); })()");
            assertThat(browser.evaluate(ROWS).asInt()).isEqualTo(1);
            assertThat(browser.errors()).isEmpty();

            browser.open(statsHtml.toUri().toString());
            assertThat(browser.evaluate("document.querySelector('[data-stat=\"powerSentence\"]').textContent")
                    .asString()).isEqualTo("依申请类权责事项主项 698 项。其中行政许可 330 项，行政征收 19 项，行政给付 11 项，"
                            + "行政奖励 19 项，行政确认 57 项，行政裁决 7 项，其他类 255 项。");
            assertThat(browser.evaluate("document.querySelector('[data-stat=\"powerMain\"] .tile-value').textContent")
                    .asString()).isEqualTo("698");
            assertThat(browser.errors()).isEmpty();
        }
    }

    @Test
    void theHarnessSeesConsoleErrorsUncaughtExceptionsAndBlockedLoads() throws Exception {
        assumeTrue(chromium.isPresent(), SKIPPED);
        // The same policy as the report: an outside image is refused, and that refusal must count as an error.
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'unsafe-inline'; img-src data:\"></head><body>"
                + "<img src=\"https://cdn.invalid/logo.png\"><script>console.error('boom');"
                + "setTimeout(() => { throw new Error('uncaught'); });</script></body></html>");
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open(page.toUri().toString());
            browser.evaluate("new Promise(resolve => setTimeout(resolve, 100))");
            assertThat(browser.errors()).anyMatch(error -> error.contains("boom"))
                    .anyMatch(error -> error.contains("uncaught"))
                    .anyMatch(error -> error.contains("cdn.invalid"));
        }
    }
}
