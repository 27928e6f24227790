package org.matterstandards.schemas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One structural problem a schema found in a record (模式校验问题), already in the project's vocabulary: a finding
 * code ({@code SC-01xx} or {@code CD-01xx}) and a JSON Pointer to the element. Rendering a message (labels, code
 * problem texts) is the caller's job, so this type does not depend on a locale.
 *
 * @param code    finding code, e.g. {@code SC-0104} or {@code CD-0104}
 * @param pointer JSON Pointer (RFC 6901) of the offending element; for a missing required element and for an unknown
 *                element, the pointer of that element itself (not of its parent object)
 * @param keyword the JSON Schema keyword that failed, e.g. {@code maxLength}
 * @param value   the offending value, {@code null} when the element is missing
 * @param details what the caller needs for the message: {@code max}, {@code min} (numbers), {@code expected} (JSON
 *                type name or {@code date}), {@code element} (unknown element name), {@code allowed} (list),
 *                {@code codeKind} ({@link org.matterstandards.core.code.CodeKind}), {@code format}, {@code pattern};
 *                only those that apply are present
 */
public record SchemaViolation(String code, String pointer, String keyword, JsonNode value, Map<String, Object> details) {

    /** Validates and copies the components. */
    public SchemaViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A detail by name.
     *
     * @param name the detail's name, e.g. {@code max}
     * @return the value, or {@code null} when absent
     */
    public Object detail(String name) {
        return details.get(name);
    }
}
