package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matterstandards.sdk.cli.MatterCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens the 办事指南 pages of {@code matter guide} in a real headless Chromium: the index lists and searches the
 * sample's items, an item page shows every section with the item's materials, hostile text stays text, nothing is
 * loaded from anywhere, print media hides the navigation. Screenshots go to {@code target/screenshots/}. Skips with a
 * plain message when no Chromium is installed, like {@link HtmlReportBrowserTest}.
 */
class GuideBrowserTest {

    private static final String SKIPPED = "guide browser test skipped: no chromium binary (see HtmlReportBrowserTest)";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String VISIBLE_ROWS = "Array.from(document.querySelectorAll('#guide-table tbody tr'))"
            + ".filter(r => !r.hidden).length";
    private static final String NO_REMOTE = "performance.getEntriesByType('resource').length";

    private static final Optional<Path> chromium = HeadlessChromium.findBinary();

    @TempDir
    Path dir;

    private static int guide(Path data, Path out) {
        return MatterCli.run(new String[] {"guide", data.toString(), "--profile", "shantou", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void theSampleGuidesListSearchAndShowEverySection() throws Exception {
        assumeTrue(chromium.isPresent(), SKIPPED);
        Path out = dir.resolve("guides");
        // Four sample records have structural errors on purpose: they get no page, hence exit code 1.
        assertThat(guide(Path.of("data/shantou-sample.json"), out)).isEqualTo(1);
        ArrayNode sample = (ArrayNode) JsonMapper.builder().build().readTree(
                Files.readString(Path.of("data/shantou-sample.json")));
        JsonNode first = sample.get(0);
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open(out.resolve("index.html").toUri().toString());
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(26);
            assertThat(browser.evaluate("document.getElementById('guide-count').textContent").asString())
                    .isEqualTo("显示 26 / 26 项");
            browser.screenshot(SCREENSHOTS.resolve("guide-index.png"), 1000);
            browser.evaluate("(() => { const s = document.getElementById('guide-search'); s.value = '结婚';"
                    + " s.dispatchEvent(new Event('input')); })()");
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(1);
            browser.evaluate("(() => { const s = document.getElementById('guide-search'); s.value = '汕头市 许可';"
                    + " s.dispatchEvent(new Event('input')); })()");
            assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isBetween(2, 25);
            assertThat(browser.evaluate(NO_REMOTE).asInt()).isZero();
            assertThat(browser.errors()).isEmpty();

            browser.open(out.resolve(first.get("taskCode").asString() + ".html").toUri().toString());
            assertThat(browser.evaluate("JSON.stringify(Array.from(document.querySelectorAll('h2')).map(h => h.id))")
                    .asString()).isEqualTo("[\"basic\",\"law\",\"condition\",\"materials\",\"process\",\"fees\","
                    + "\"time\",\"venue\",\"contact\",\"faq\"]");
            assertThat(browser.evaluate("document.getElementById('task-name').textContent").asString())
                    .isEqualTo(first.get("taskName").asString());
            assertThat(browser.evaluate("document.querySelectorAll('#material-table tbody tr').length").asInt())
                    .isEqualTo(first.get("materials").size());
            assertThat(browser.evaluate("document.querySelector('#material-table tbody').textContent").asString())
                    .contains(first.get("materials").get(0).get("materialName").asString()).contains("必要")
                    .contains("份");
            assertThat(browser.evaluate("document.body.textContent").asString()).contains("承诺办结时限")
                    .contains(first.get("deptName").asString());
            assertThat(browser.evaluate(NO_REMOTE).asInt()).isZero();
            browser.screenshot(SCREENSHOTS.resolve("guide-item.png"), 1000);
            browser.printMedia(true);
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('nav.back')).display").asString())
                    .isEqualTo("none");
            browser.screenshot(SCREENSHOTS.resolve("guide-item-print.png"), 794);
            assertThat(browser.errors()).isEmpty();
        }
        for (String png : List.of("guide-index.png", "guide-item.png", "guide-item-print.png")) {
            byte[] bytes = Files.readAllBytes(SCREENSHOTS.resolve(png));
            assertThat(bytes.length).as(png).isGreaterThan(5_000);
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void hostileTextStaysTextOnThePageAndInTheIndex() throws Exception {
        assumeTrue(chromium.isPresent(), SKIPPED);
        ArrayNode sample = (ArrayNode) JsonMapper.builder().build().readTree(
                Files.readString(Path.of("data/shantou-sample.json")));
        ObjectNode item = (ObjectNode) sample.get(0);
        String hostile = "个体户<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>\"'&";
        item.put("taskName", hostile);
        ((ObjectNode) item.get("materials").get(0)).put("materialName", "</td><script>window.pwned=3</script>");
        Path data = Files.writeString(dir.resolve("hostile.json"), "[" + item + "]", StandardCharsets.UTF_8);
        Path out = dir.resolve("hostile");
        assertThat(guide(data, out)).isZero();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            for (String page : List.of("index.html", item.get("taskCode").asString() + ".html")) {
                browser.open(out.resolve(page).toUri().toString());
                assertThat(browser.evaluate("typeof window.pwned").asString()).as(page).isEqualTo("undefined");
                assertThat(browser.evaluate("document.images.length").asInt()).as(page).isZero();
                assertThat(browser.evaluate("document.body.textContent").asString()).as(page).contains(hostile);
            }
            assertThat(browser.evaluate("document.querySelector('#material-table tbody td:nth-child(2)').textContent")
                    .asString()).isEqualTo("</td><script>window.pwned=3</script>");
            assertThat(browser.errors()).isEmpty();
        }
    }
}
