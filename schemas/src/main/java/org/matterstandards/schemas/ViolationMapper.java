package org.matterstandards.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.rule.CodeFormatRules;
import org.matterstandards.core.rule.StructureRules;
import tools.jackson.databind.JsonNode;

/**
 * Turns networknt errors into {@link SchemaViolation}s (错误映射), so that the schema stage speaks the codes the model
 * stage speaks:
 * <ul>
 *   <li>{@code required} → {@code SC-0101}; a required element that is null fails {@code type}, and one that is blank
 *       text or an empty array fails {@code minLength}, {@code minItems} or {@code pattern}, only because it is
 *       required (optional elements allow these), so those are {@code SC-0101} too;</li>
 *   <li>{@code type} → {@code SC-0102}, {@code format: date} → {@code SC-0102};</li>
 *   <li>{@code additionalProperties} → {@code SC-0103}, {@code maxLength} → {@code SC-0104}, {@code pattern} →
 *       {@code SC-0105}, {@code minimum}/{@code maximum} → {@code SC-0106}, {@code enum}/{@code const} →
 *       {@code SC-0107};</li>
 *   <li>a code {@code format} → the {@code CD-01xx} code of that code kind; the code's {@code pattern} failing at the
 *       same place is then dropped, since the format says more.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ViolationMapper {

    private final SchemaDocuments documents;

    ViolationMapper(SchemaDocuments documents) {
        this.documents = documents;
    }

    List<SchemaViolation> map(List<Error> errors) {
        List<SchemaViolation> mapped = new ArrayList<>(errors.size());
        for (Error error : errors) {
            mapped.add(map(error));
        }
        return tidy(mapped);
    }

    private SchemaViolation map(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String at = pointer(error.getInstanceLocation());
        JsonNode value = error.getInstanceNode();
        Map<String, Object> details = new LinkedHashMap<>();
        switch (keyword) {
            case "required":
                return new SchemaViolation(StructureRules.REQUIRED, JsonPointers.append(at, error.getProperty()),
                        keyword, null, details);
            case "additionalProperties":
                details.put("element", error.getProperty());
                return new SchemaViolation(StructureRules.UNKNOWN_ELEMENT, JsonPointers.append(at, error.getProperty()),
                        keyword, value == null ? null : value.get(error.getProperty()), details);
            case "type":
                // Only null stands for "absent": blank text or [] where a number is expected is a wrong type.
                if ((value == null || value.isNull()) && namesProperty(error.getInstanceLocation())) {
                    return new SchemaViolation(StructureRules.REQUIRED, at, keyword, value, details);
                }
                JsonNode typed = documents.parentOf(error.getSchemaLocation());
                // A date is a string with "format": "date": say "date", as the model stage does.
                boolean date = typed != null && "date".equals(typed.path("format").asString(""));
                details.put("expected", date ? "date" : expectedType(keywordValue(error)));
                return new SchemaViolation(StructureRules.WRONG_TYPE, at, keyword, value, details);
            case "minLength", "minItems":
                return new SchemaViolation(isEmpty(value) ? StructureRules.REQUIRED : StructureRules.PATTERN, at,
                        keyword, value, details);
            case "pattern":
                if (isEmpty(value)) {
                    return new SchemaViolation(StructureRules.REQUIRED, at, keyword, value, details);
                }
                details.put("pattern", keywordValue(error).asString());
                return new SchemaViolation(StructureRules.PATTERN, at, keyword, value, details);
            case "format":
                return format(error, at, value, details);
            case "maxLength":
                details.put("max", keywordValue(error).asLong());
                return new SchemaViolation(StructureRules.TOO_LONG, at, keyword, value, details);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
                JsonNode schema = documents.parentOf(error.getSchemaLocation());
                details.put("min", bound(schema, "minimum"));
                details.put("max", bound(schema, "maximum"));
                return new SchemaViolation(StructureRules.OUT_OF_RANGE, at, keyword, value, details);
            case "enum":
                details.put("allowed", values(keywordValue(error)));
                return new SchemaViolation(StructureRules.NOT_ALLOWED_VALUE, at, keyword, value, details);
            case "const":
                details.put("allowed", List.of(keywordValue(error)));
                return new SchemaViolation(StructureRules.NOT_ALLOWED_VALUE, at, keyword, value, details);
            default:
                // A keyword our schemas do not use today: still a located structural finding, never silence.
                details.put("keyword", keyword);
                return new SchemaViolation(StructureRules.PATTERN, at, keyword, value, details);
        }
    }

    private SchemaViolation format(Error error, String at, JsonNode value, Map<String, Object> details) {
        Object[] arguments = error.getArguments();
        String format = arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        details.put("format", format);
        Optional<CodeKind> kind = CodeFormats.kindOf(format);
        if (kind.isPresent()) {
            details.put("codeKind", kind.get());
            return new SchemaViolation(CodeFormatRules.findingCode(kind.get()), at, "format", value, details);
        }
        if ("date".equals(format) || "date-time".equals(format)) {
            details.put("expected", format.equals("date") ? "date" : "string");
            return new SchemaViolation(StructureRules.WRONG_TYPE, at, "format", value, details);
        }
        return new SchemaViolation(StructureRules.PATTERN, at, "format", value, details);
    }

    /** Drops what another violation at the same place already says better, and sorts by pointer then code. */
    private static List<SchemaViolation> tidy(List<SchemaViolation> violations) {
        Set<String> codePlaces = new HashSet<>();
        Set<String> requiredPlaces = new HashSet<>();
        for (SchemaViolation violation : violations) {
            if (violation.code().startsWith("CD-")) {
                codePlaces.add(violation.pointer());
            }
            if (violation.code().equals(StructureRules.REQUIRED)) {
                requiredPlaces.add(violation.pointer());
            }
        }
        Set<String> seen = new HashSet<>();
        List<SchemaViolation> kept = new ArrayList<>();
        for (SchemaViolation violation : violations) {
            boolean shapeOfCode = violation.code().equals(StructureRules.PATTERN)
                    && codePlaces.contains(violation.pointer());
            boolean emptyRequired = requiredPlaces.contains(violation.pointer())
                    && !violation.code().equals(StructureRules.REQUIRED);
            if (!shapeOfCode && !emptyRequired && seen.add(violation.code() + ' ' + violation.pointer())) {
                kept.add(violation);
            }
        }
        kept.sort(Comparator.comparing(SchemaViolation::pointer).thenComparing(SchemaViolation::code));
        return kept;
    }

    private JsonNode keywordValue(Error error) {
        return documents.at(error.getSchemaLocation());
    }

    private static Object bound(JsonNode schema, String keyword) {
        JsonNode bound = schema == null ? null : schema.get(keyword);
        if (bound == null || !bound.isNumber()) {
            return null;
        }
        BigDecimal number = bound.decimalValue();
        return number.scale() <= 0 ? (Object) number.longValueExact() : number;
    }

    private static List<Object> values(JsonNode array) {
        List<Object> values = new ArrayList<>();
        if (array != null) {
            for (JsonNode element : array) {
                values.add(element.isString() ? element.asString() : element.toString());
            }
        }
        return values;
    }

    /** The first non-null JSON type a {@code type} keyword allows. */
    private static String expectedType(JsonNode type) {
        if (type == null) {
            return "object";
        }
        if (type.isArray()) {
            for (JsonNode name : type) {
                if (!"null".equals(name.asString())) {
                    return name.asString();
                }
            }
            return "null";
        }
        return type.asString();
    }

    /** Null, blank text and empty arrays: the values a required element may not have. */
    static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (value.isString()) {
            return BlankText.isBlank(value.asString());
        }
        return value.isArray() && value.isEmpty();
    }

    /** Whether the location ends with a property name (not an array index): only properties can be required. */
    private static boolean namesProperty(NodePath location) {
        int count = location.getNameCount();
        return count > 0 && location.getElement(count - 1) instanceof String;
    }

    static String pointer(NodePath location) {
        String pointer = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer = JsonPointers.append(pointer, location.getElement(i));
        }
        return pointer;
    }
}
