package org.matterstandards.sdk.pipeline.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.matterstandards.core.code.CodeCheck;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.JsonNode;

/**
 * Message arguments of the structural findings (结构问题的消息参数), built the same way whichever stage finds the
 * problem, so that a schema-stage {@code SC-0104} reads exactly like a model-stage one. Stateless.
 */
final class StructureArgs {

    /**
     * The zone a date-time's day is told in, as {@code MatterValidator.CHINA}; the pipeline sits below the entry
     * point and does not use it (ArchitectureTest).
     */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private StructureArgs() {
    }

    /** Arguments of a {@code CD-01xx} finding: the value, core's problem and its text in the output language. */
    static void code(Map<String, Object> args, CodeCheck check, String value, Messages messages) {
        args.put("value", value);
        if (check.isOk()) {
            // Cannot happen when the caller saw the code fail; kept total so a message is never left half-filled.
            args.put("problem", "");
            args.put("position", 0);
            args.put("problemText", "");
            return;
        }
        args.put("problem", check.problem().name());
        args.put("position", check.position());
        args.put("problemText", messages.format(check.problem().messageKey(),
                Args.of("position", check.position(), "detail", check.detail() == null ? "" : check.detail())));
    }

    /** Arguments of {@code SC-0104}: the length in characters (code points) and the limit. */
    static void length(Map<String, Object> args, String text, Object max) {
        args.put("length", text.codePointCount(0, text.length()));
        args.put("max", max);
    }

    /** Arguments of {@code SC-0106}: the value and the bounds ({@code ∞} for none). */
    static void range(Map<String, Object> args, Object value, Object min, Object max) {
        args.put("value", value);
        args.put("min", min == null ? "-∞" : min);
        args.put("max", max == null || Long.valueOf(Long.MAX_VALUE).equals(max) ? "∞" : max);
    }

    /**
     * Arguments of {@code SC-0102}: the expected type in the output language and the value as written. A date-time
     * where a date is expected ({@code "2024-03-01T10:00:00+08:00"}) is named as such, with the date it falls on in
     * Asia/Shanghai, so that the clerk knows what to write instead: the deadlines count whole working days, and a
     * time of day would only hide which day is meant when the system wrote UTC.
     */
    static void wrongType(Map<String, Object> args, String expectedType, String actual, Messages messages) {
        Optional<LocalDate> chinaDate = "date".equals(expectedType) ? chinaDate(actual) : Optional.empty();
        args.put("expected", chinaDate.isPresent()
                ? messages.format("type.dateNotDateTime", Args.of("date", chinaDate.get()))
                : messages.get("type." + expectedType));
        args.put("actual", actual);
    }

    /** The date in Asia/Shanghai of an ISO date-time as written (quoted), with or without an offset. */
    private static Optional<LocalDate> chinaDate(String written) {
        String text = written.length() > 1 && written.startsWith("\"") && written.endsWith("\"")
                ? written.substring(1, written.length() - 1).strip() : written.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(CHINA).toLocalDate());
        } catch (DateTimeParseException withoutOffset) {
            try {
                // No offset: a time written by a Chinese system, already in China.
                return Optional.of(LocalDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();
            }
        }
    }

    /** A value as written in the record: strings quoted, objects and arrays elided, {@code null} as such. */
    static String written(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        return value.isString() ? '"' + value.asString() + '"' : value.toString();
    }

    /** Arguments of {@code SC-0103}: the element's name and the kind's name in the output language. */
    static void unknownElement(Map<String, Object> args, String element, RecordKind kind, Messages messages) {
        args.put("element", element);
        args.put("kindLabel", messages.get("kind." + kind.id()));
    }
}
