package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.matterstandards.examples.service.ServiceTestSetup;
import org.matterstandards.examples.service.ValidationServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A data clerk's session in a real headless Chromium (无头浏览器): open the upload page, choose the bundled sample,
 * submit, and read the findings from the HTML report — the same numbers as the JSON report of the same file.
 * Skips with a plain message when no Chromium is installed; {@code .ci/run} installs it.
 */
@SpringBootTest(classes = ValidationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matter.as-of=2026-11-29", "matter.service.max-body-bytes=200000",
    "spring.servlet.multipart.max-file-size=300KB", "spring.servlet.multipart.max-request-size=400KB"})
@AutoConfigureMockMvc
@Import(ServiceTestSetup.class)
class UploadPageBrowserTest {

    private static final String TILES = "JSON.stringify(Object.fromEntries(Array.from("
            + "document.querySelectorAll('[data-summary]')).map(t => [t.dataset.summary, "
            + "t.querySelector('.tile-value').textContent])))";
    private static final String RULES = "JSON.stringify(Object.fromEntries(Array.from("
            + "document.querySelectorAll('[data-rule-code]')).map(r => [r.dataset.ruleCode, r.dataset.count])))";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private static Map<String, Long> numbers(JsonNode text) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        JsonMapper.builder().build().readTree(text.asString()).properties().forEach(entry ->
                numbers.put(entry.getKey(), Long.parseLong(entry.getValue().asString().replace(",", ""))));
        return numbers;
    }

    @Test
    void aClerkUploadsTheSampleAndReadsTheFindings() throws Exception {
        Optional<Path> chromium = HeadlessChromium.findBinary();
        assumeTrue(chromium.isPresent(), "upload page browser test skipped: no chromium binary found "
                + "(install the Debian packages chromium and chromium-driver, as .ci/run does, or set MATTER_CHROMIUM)");
        Path sample = ServiceTestSetup.REPO.resolve("examples/data/shantou-sample.json");
        byte[] bytes = Files.readAllBytes(sample);
        JsonNode summary = JsonMapper.builder().build().readTree(mvc.perform(multipart("/api/validate?profile=shantou")
                .file(new MockMultipartFile("file", "shantou-sample.json", null, bytes))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).get("summary");

        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.open("http://localhost:" + port + "/");
            assertThat(browser.evaluate("document.querySelector('h1').textContent").asString())
                    .isEqualTo("政务服务事项数据校验");
            String text = JsonMapper.builder().build().writeValueAsString(Files.readString(sample));
            // What a person does with the file chooser, done by script: the browser itself sends the form.
            browser.evaluate("(() => { const input = document.getElementById('file'); const data = new DataTransfer();"
                    + " data.items.add(new File([" + text + "], 'shantou-sample.json', {type: 'application/json'}));"
                    + " input.files = data.files; document.getElementById('profile').value = 'shantou';"
                    + " document.getElementById('submit').click(); })()");
            awaitReport(browser);
            Map<String, Long> tiles = numbers(browser.evaluate(TILES));
            assertThat(tiles).containsEntry("records", summary.get("records").asLong())
                    .containsEntry("invalid", summary.get("invalid").asLong())
                    .containsEntry("ERROR", summary.get("findings").get("ERROR").asLong());
            Map<String, Long> byCode = new LinkedHashMap<>();
            summary.get("byCode").properties().forEach(entry -> byCode.put(entry.getKey(), entry.getValue().asLong()));
            assertThat(numbers(browser.evaluate(RULES))).isEqualTo(byCode).containsKey("CD-0104");
            assertThat(browser.evaluate("document.body.textContent").asString()).contains("shantou-sample.json");
            assertThat(browser.errors()).isEmpty();
        }
    }

    /** The form submission navigates to /report; wait until the report's script has drawn the tiles. */
    private static void awaitReport(HeadlessChromium browser) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (browser.evaluate("location.pathname === '/report' && document.readyState === 'complete'"
                        + " && document.querySelectorAll('[data-summary]').length > 0").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // The old page's context went away mid-evaluation: the report is on its way.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the report page did not appear after submitting the form");
    }
}
