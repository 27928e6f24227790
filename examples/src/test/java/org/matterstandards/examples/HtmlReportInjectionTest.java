package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record values that carry script — in 事项名称, 材料名称 and 实施主体 — stay text in the HTML report: nothing of them
 * runs, and the page loads nothing from outside. The file itself is checked everywhere; a real headless Chromium (the
 * set-up of {@link HtmlReportBrowserTest}) checks the page when one is installed.
 */
class HtmlReportInjectionTest {

    private static final String MARK = "__pwned";
    private static final String SCRIPT = "</script><script>window." + MARK + "=1</script>";
    private static final String IMAGE = "<img src=\"https://evil.invalid/x.png\" onerror=\"window." + MARK + "=2\">";
    private static final String HANDLER = "\" onmouseover=\"window." + MARK + "=3\" x=\"";

    @TempDir
    Path dir;

    /** The good record with script in three elements, and a wrong promise day so that findings quote them. */
    private Path report() throws Exception {
        String record = HostileInputs.GOOD
                .replace("\"taskName\":\"", "\"taskName\":\"" + json(SCRIPT + IMAGE))
                .replace("\"deptName\":\"", "\"deptName\":\"" + json(IMAGE + HANDLER))
                .replace("\"materialName\":\"", "\"materialName\":\"" + json(SCRIPT + HANDLER));
        Path data = Files.writeString(dir.resolve("script.json"), "[" + record + "," + record.replace(
                "\"promiseDay\":", "\"promiseDay\":\"" + json(SCRIPT) + "\",\"x\":") + "]", StandardCharsets.UTF_8);
        Path html = dir.resolve("script.html");
        CliCase run = CliCase.validate("script in record values", dir, data, "--report-html", html.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.report().toString()).contains(MARK);
        return html;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void theFileHoldsTheValuesOnlyEscapedAndNamesNothingOutside() throws Exception {
        String html = Files.readString(report(), StandardCharsets.UTF_8);
        assertThat(html).contains(MARK).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("onerror=\"")
                .doesNotContain("onmouseover=\"").doesNotContainPattern("(src|href)\\s*=\\s*[\"']?(https?:)?//")
                .contains("Content-Security-Policy");
    }

    @Test
    void inABrowserNothingOfTheValuesRunsAndNothingIsLoaded() throws Exception {
        Optional<Path> chromium = HeadlessChromium.findBinary();
        assumeTrue(chromium.isPresent(), "no chromium binary: the browser half of this test is skipped");
        Path html = report();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open(html.toUri().toString());
            browser.evaluate("(() => { const t = document.getElementById('filter-text'); t.value = '';"
                    + " t.dispatchEvent(new Event('input')); "
                    + "document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover'))); })()");
            browser.evaluate("new Promise(resolve => setTimeout(resolve, 200))");
            assertThat(browser.evaluate("String(window." + MARK + ")").asString()).isEqualTo("undefined");
            assertThat(browser.evaluate("document.querySelectorAll('img, iframe, [onerror], [onmouseover]').length")
                    .asInt()).isZero();
            assertThat(browser.evaluate("document.body.textContent.includes('" + MARK + "')").asBoolean()).isTrue();
            assertThat(browser.errors()).isEmpty();
        }
    }
}
