package org.matterstandards.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.matterstandards.schemas.MatterSchema;
import org.matterstandards.schemas.SchemaValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP contract through MockMvc, under the Spring Boot 3.5 parent's dependency management. */
@SpringBootTest(classes = ValidationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matter.as-of=2026-11-29", "matter.service.max-body-bytes=200000",
    "spring.servlet.multipart.max-file-size=300KB", "spring.servlet.multipart.max-request-size=400KB"})
@AutoConfigureMockMvc
@Import(ServiceTestSetup.class)
class ValidationServiceTest {

    private static final Path DATA = ServiceTestSetup.REPO.resolve("examples/data");

    @Autowired
    MockMvc mvc;

    private static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
    }

    private JsonNode postBody(String contentType, byte[] body, String query) throws Exception {
        return json(mvc.perform(post("/api/validate" + query).contentType(contentType).content(body))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn());
    }

    private JsonNode upload(String file, String query) throws Exception {
        MockMultipartFile part = new MockMultipartFile("file", file, "application/octet-stream",
                Files.readAllBytes(DATA.resolve(file)));
        return json(mvc.perform(multipart("/api/validate" + query).file(part)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aJsonBodyGetsTheJsonReportOfThePublishedSchema() throws Exception {
        JsonNode report = postBody("application/json", Files.readAllBytes(DATA.resolve("shantou-sample.json")),
                "?profile=shantou");
        assertThat(SchemaValidator.builtIn().validate(MatterSchema.REPORT, report)).isEmpty();
        JsonNode summary = report.get("summary");
        assertThat(summary.get("records").asInt()).isEqualTo(report.get("records").size()).isPositive();
        assertThat(summary.get("invalid").asInt()).isPositive();
        assertThat(summary.get("byCode").has("CD-0104")).isTrue();
        assertThat(report.get("records").toString()).contains("不是有效的实施编码");
    }

    @Test
    void excelCsvAndNdjsonUploadsGiveTheSameRecordsAsJson() throws Exception {
        int records = upload("shantou-sample.json", "").get("summary").get("records").asInt();
        JsonNode excel = upload("shantou-sample.xlsx", "?profile=shantou");
        assertThat(SchemaValidator.builtIn().validate(MatterSchema.REPORT, excel)).isEmpty();
        assertThat(excel.get("summary").get("records").asInt()).isEqualTo(records);
        assertThat(upload("shantou-sample-gbk.csv", "").get("summary").get("records").asInt()).isPositive();
        String twoLines = "{\"taskName\":\"甲\"}\n{\"taskName\":\"乙\"}\n";
        assertThat(postBody("application/x-ndjson", twoLines.getBytes(java.nio.charset.StandardCharsets.UTF_8), "")
                .get("summary").get("records").asInt()).isEqualTo(2);
    }

    @Test
    void theLocaleParameterChoosesTheLanguageNeverTheJvmDefault() throws Exception {
        byte[] sample = Files.readAllBytes(DATA.resolve("shantou-sample.json"));
        assertThat(postBody("application/json", sample, "?locale=en").get("records").toString())
                .contains("is not a valid task code").doesNotContain("不是有效的实施编码");
    }

    @Test
    void badInputGetsAClear4xxInChineseAndEnglish() throws Exception {
        mvc.perform(post("/api/validate").contentType("application/json").content("hello"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("input"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("request.json")))
                .andExpect(jsonPath("$.messageEn").isNotEmpty());
        mvc.perform(post("/api/validate").contentType("application/json").content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("input"));
        // A broken record is a finding, not a failed request: one result per record, as everywhere.
        mvc.perform(post("/api/validate").contentType("application/json").content("{\"taskName\": "))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.byCode['SC-0001']").value(1));
        mvc.perform(post("/api/validate?profile=atlantis").contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.messageEn").value(
                        org.hamcrest.Matchers.containsString("atlantis")));
        mvc.perform(post("/api/validate?locale=fr").contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("parameter"));
        mvc.perform(post("/api/validate").contentType("text/plain").content("x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart("/api/validate").file(new MockMultipartFile("other", "a.json", null, new byte[] {'{'})))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("file"));
        MockMultipartFile legacy = new MockMultipartFile("file", "old.xlsx", null,
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        mvc.perform(multipart("/api/validate").file(legacy)).andExpect(status().isBadRequest());
        String page = mvc.perform(multipart("/report").file(legacy)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<p id=\"message\">old.xlsx 不是可读取的 .xlsx 工作簿", "返回上传页")
                .doesNotContain("matter-upload-");
    }

    @Test
    void requestsOverTheLimitsGet413() throws Exception {
        byte[] big = new byte[250_000];
        Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        mvc.perform(post("/api/validate").contentType("application/json").content(big))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.message").value(
                        org.hamcrest.Matchers.containsString("200000")));
    }

    @Test
    void theUploadPageIsChineseFirstAndHealthSaysTheCalendarEndsSoon() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
        assertThat(mvc.perform(get("/index.html")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("<h1>政务服务事项数据校验</h1>");
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.matterCalendar.status").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$.components.matterCalendar.details.message").value(
                        org.hamcrest.Matchers.containsString("2026-12-31")));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$.matter.profile").value("shantou"))
                .andExpect(jsonPath("$.matter.calendar").isNotEmpty());
    }
}
