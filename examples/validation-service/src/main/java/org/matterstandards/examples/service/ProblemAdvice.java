package org.matterstandards.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Clear 4xx answers (错误响应) in Chinese and English, never a stack trace: {@code {"status", "error", "message",
 * "messageEn"}} for the API, a short page for the upload form.
 */
@RestControllerAdvice
public class ProblemAdvice {

    /**
     * An input that cannot be read, an unknown profile, a reference-data problem.
     *
     * @param e       the problem
     * @param request the request
     * @return 400
     */
    @ExceptionHandler(MatterException.class)
    public ResponseEntity<?> unreadable(MatterException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "input", e.getLocalizedMessage(Messages.ZH_CN),
                e.getLocalizedMessage(Messages.EN));
    }

    /**
     * An unsupported {@code locale} parameter.
     *
     * @param e       the problem
     * @param request the request
     * @return 400
     */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<?> badParameter(IllegalArgumentException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "parameter", "参数有误：" + e.getMessage(), e.getMessage());
    }

    /**
     * A multipart request without its {@code file} part.
     *
     * @param e       the problem
     * @param request the request
     * @return 400
     */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    public ResponseEntity<?> noFile(Exception e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge, request);
        }
        return problem(request, HttpStatus.BAD_REQUEST, "file", "请选择要校验的文件（表单字段 file）。",
                "Choose the file to validate (form field \"file\").");
    }

    /**
     * An upload over {@code spring.servlet.multipart.max-file-size}.
     *
     * @param e       the problem
     * @param request the request
     * @return 413
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "size", "文件太大，超过了服务允许的上传大小；请拆分后再上传。",
                "The file is larger than this service accepts; split it and upload the parts.");
    }

    /**
     * A request body over {@code matter.service.max-body-bytes}.
     *
     * @param e       the problem
     * @param request the request
     * @return 413
     */
    @ExceptionHandler(LimitedInputStream.BodyTooLargeException.class)
    public ResponseEntity<?> bodyTooLarge(LimitedInputStream.BodyTooLargeException e,
            HttpServletRequest request) {
        return problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "size", "请求内容超过 " + e.limit() + " 字节；请分批提交。",
                "The request body exceeds " + e.limit() + " bytes; send the records in batches.");
    }

    /**
     * A body in a format the service does not read.
     *
     * @param e       the problem
     * @param request the request
     * @return 415
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<?> unsupported(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) {
        return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "format",
                "不支持的内容类型 " + request.getContentType() + "；请用 application/json、application/x-ndjson、text/csv 或上传文件。",
                "Unsupported content type " + request.getContentType()
                        + "; send application/json, application/x-ndjson, text/csv or upload a file.");
    }

    private static ResponseEntity<?> problem(HttpServletRequest request, HttpStatus status, String error, String zh,
            String en) {
        if (request.getRequestURI().endsWith("/report")) {
            // The upload page's form: a person reads this, so answer with a page, not with JSON.
            String page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>无法校验 / Cannot"
                    + " validate</title></head><body><h1>无法校验</h1><p id=\"message\">" + escape(zh) + "</p><p lang=\"en\">"
                    + escape(en) + "</p><p><a href=\"./\">返回上传页 / Back to the upload page</a></p></body></html>";
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                    java.nio.charset.StandardCharsets.UTF_8)).body(page);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        body.put("message", zh);
        body.put("messageEn", en);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
