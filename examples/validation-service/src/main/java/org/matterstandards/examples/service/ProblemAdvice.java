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
 * Clear 4xx answers (错误响应) in Chinese and English: {@code {"status", "error", "message", "messageEn"}}, never a
 * stack trace.
 */
@RestControllerAdvice
public class ProblemAdvice {

    /**
     * An input that cannot be read, an unknown profile, a reference-data problem.
     *
     * @param e the problem
     * @return 400
     */
    @ExceptionHandler(MatterException.class)
    public ResponseEntity<Map<String, Object>> unreadable(MatterException e) {
        return problem(HttpStatus.BAD_REQUEST, "input", e.getLocalizedMessage(Messages.ZH_CN),
                e.getLocalizedMessage(Messages.EN));
    }

    /**
     * An unsupported {@code locale} parameter.
     *
     * @param e the problem
     * @return 400
     */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> badParameter(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "parameter", "参数有误：" + e.getMessage(), e.getMessage());
    }

    /**
     * A multipart request without its {@code file} part.
     *
     * @param e the problem
     * @return 400
     */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    public ResponseEntity<Map<String, Object>> noFile(Exception e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return problem(HttpStatus.BAD_REQUEST, "file", "请选择要校验的文件（表单字段 file）。",
                "Choose the file to validate (form field \"file\").");
    }

    /**
     * An upload over {@code spring.servlet.multipart.max-file-size}.
     *
     * @param e the problem
     * @return 413
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "size", "文件太大，超过了服务允许的上传大小；请拆分后再上传。",
                "The file is larger than this service accepts; split it and upload the parts.");
    }

    /**
     * A request body over {@code matter.service.max-body-bytes}.
     *
     * @param e the problem
     * @return 413
     */
    @ExceptionHandler(LimitedInputStream.BodyTooLargeException.class)
    public ResponseEntity<Map<String, Object>> bodyTooLarge(LimitedInputStream.BodyTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "size", "请求内容超过 " + e.limit() + " 字节；请分批提交。",
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
    public ResponseEntity<Map<String, Object>> unsupported(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "format",
                "不支持的内容类型 " + request.getContentType() + "；请用 application/json、application/x-ndjson、text/csv 或上传文件。",
                "Unsupported content type " + request.getContentType()
                        + "; send application/json, application/x-ndjson, text/csv or upload a file.");
    }

    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String error, String zh,
            String en) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        body.put("message", zh);
        body.put("messageEn", en);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
