package org.matterstandards.sdk.pipeline.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Binds the model's scalar types exactly as the JSON Schemas type them (严格标量绑定), so that the model stage and the
 * schema stage agree on what is a wrong type. Jackson's defaults are lenient in ways the canonical form is not:
 * {@code 123} would become the text {@code "123"}, {@code "30"} the number 30, {@code 1.5} the integer 1 and
 * {@code "true"} a boolean. Here each type accepts only its own JSON type, and anything else goes to the problem
 * handler, which reports {@code SC-0102} and binds {@code null}:
 * <ul>
 *   <li>{@code String}: a JSON string;</li>
 *   <li>{@code Integer}: a JSON integer, or a number with a zero fraction such as {@code 30.0} (JSON Schema counts
 *       that as an integer too), within the range of {@code int};</li>
 *   <li>{@code Boolean}: {@code true} or {@code false};</li>
 *   <li>{@code LocalDate}: a string {@code yyyy-MM-dd} that is a real date (RFC 3339 full-date, as
 *       {@code "format": "date"}).</li>
 * </ul>
 * JSON {@code null} stays {@code null} (absent) for all of them.
 */
final class StrictScalars {

    /** {@code yyyy-MM-dd}, a real date only (the tree binder parses dates with it too). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictScalars() {
    }

    /** @return a module with the strict deserializers */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("matter-strict-scalars");
        module.addDeserializer(String.class, new StrictString());
        module.addDeserializer(Integer.class, new StrictInteger());
        module.addDeserializer(Boolean.class, new StrictBoolean());
        module.addDeserializer(LocalDate.class, new StrictDate());
        return module;
    }

    private static final class StrictString extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }

    private static final class StrictInteger extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();    // the usual case, without the BigDecimal the general test makes
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal number = parser.getDecimalValue();
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    try {
                        return number.intValueExact();
                    } catch (ArithmeticException outOfIntRange) {
                        // Falls through: reported as a value that cannot be read.
                    }
                }
                return (Integer) context.handleWeirdNumberValue(Integer.class, parser.getNumberValue(),
                        "not an integer within the range of int");
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    private static final class StrictBoolean extends ValueDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        }
    }

    private static final class StrictDate extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a yyyy-MM-dd date");
            }
        }
    }
}
