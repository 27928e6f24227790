package org.matterstandards.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.report.HtmlReportWriter;
import org.matterstandards.sdk.report.JsonReportWriter;
import org.matterstandards.sdk.report.ValidationReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/validate} (JSON report, the published report schema) and {@code POST /report} (the HTML report
 * for the upload page). Profile and language are request parameters; without them the starter's settings apply.
 */
@RestController
public class ValidationController {

    /** Media type of newline-delimited JSON. */
    public static final String NDJSON = "application/x-ndjson";

    private final ReportService service;
    private final long maxBodyBytes;

    /**
     * @param service      validates uploads
     * @param maxBodyBytes the largest request body accepted outside multipart uploads
     */
    public ValidationController(ReportService service,
            @Value("${matter.service.max-body-bytes:20971520}") long maxBodyBytes) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Validates an uploaded file (JSON, NDJSON, CSV or XLSX).
     *
     * @param file     the file part
     * @param profile  profile name or region code
     * @param locale   zh-CN or en
     * @param response receives the JSON report
     * @throws IOException when the upload cannot be read
     */
    @PostMapping(path = "/api/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public void validateUpload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String locale,
            HttpServletResponse response) throws IOException {
        MatterValidator validator = service.validator(profile, locale);
        ValidationReport report;
        try (InputStream in = file.getInputStream()) {
            report = service.validate(validator, file.getOriginalFilename(), in);
        }
        json(report, response);
    }

    /**
     * Validates records posted as the request body: a JSON object or array, NDJSON, or CSV.
     *
     * @param request  the request (its content type tells the format)
     * @param profile  profile name or region code
     * @param locale   zh-CN or en
     * @param response receives the JSON report
     * @throws IOException when the body cannot be read
     */
    @PostMapping(path = "/api/validate", consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON, "text/csv"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public void validateBody(HttpServletRequest request, @RequestParam(required = false) String profile,
            @RequestParam(required = false) String locale, HttpServletResponse response) throws IOException {
        MatterValidator validator = service.validator(profile, locale);
        String type = MediaType.parseMediaType(request.getContentType()).getSubtype();
        String name = switch (type) {
            case "x-ndjson" -> "request.ndjson";
            case "csv" -> "request.csv";
            default -> "request.json";
        };
        ValidationReport report;
        try (InputStream in = new LimitedInputStream(request.getInputStream(), maxBodyBytes)) {
            report = service.validate(validator, name, in);
        }
        json(report, response);
    }

    /**
     * The upload page's form target: the HTML report of the uploaded file.
     *
     * @param file     the file part
     * @param profile  profile name or region code
     * @param locale   zh-CN or en
     * @param response receives the HTML report
     * @throws IOException when the upload cannot be read
     */
    @PostMapping(path = "/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    public void htmlReport(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String profile,
            @RequestParam(required = false) String locale, HttpServletResponse response) throws IOException {
        MatterValidator validator = service.validator(profile, locale);
        ValidationReport report;
        try (InputStream in = file.getInputStream()) {
            report = service.validate(validator, file.getOriginalFilename(), in);
        }
        response.setContentType("text/html;charset=UTF-8");
        HtmlReportWriter.builder().build().write(report, response.getOutputStream());
    }

    /**
     * Neither page has an icon: answer the browser's automatic request without a 404 in its console.
     *
     * @return 204
     */
    @GetMapping("/favicon.ico")
    public ResponseEntity<Void> favicon() {
        return ResponseEntity.noContent().build();
    }

    private static void json(ValidationReport report, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        JsonReportWriter.write(report, response.getOutputStream());
    }
}
