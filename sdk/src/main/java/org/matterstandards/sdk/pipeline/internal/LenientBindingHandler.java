package org.matterstandards.sdk.pipeline.internal;

import java.util.Collection;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.rule.StructureRules;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Turns Jackson's binding problems into findings instead of exceptions (宽容绑定): a value of the wrong type
 * becomes {@code null} plus a located {@code SC-0102}, an unknown element is skipped with a {@code SC-0103}, and
 * binding goes on so that every problem of the record is reported at once.
 *
 * <p>Stateless; the per-record collector is the one the model stage set for the calling thread
 * ({@link BindingProblems#current()}).
 */
final class LenientBindingHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                         ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
        // The parser already stands on the unknown property, so its path ends with the property's name.
        String pointer = pointer(parser);
        BindingProblems.current().add(StructureRules.UNKNOWN_ELEMENT, pointer, Args.of("element", propertyName));
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                         String failureMessage) {
        return wrongType(context, targetType, '"' + value + '"');
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                         String failureMessage) {
        return wrongType(context, targetType, String.valueOf(value));
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                        JsonParser parser, String failureMessage) {
        String actual = describe(token, parser);
        parser.skipChildren();
        return wrongType(context, targetType.getRawClass(), actual);
    }

    private Object wrongType(DeserializationContext context, Class<?> targetType, String actual) {
        BindingProblems.current().add(StructureRules.WRONG_TYPE, pointer(context.getParser()),
                Args.of("expected", expectedType(targetType), "actual", actual));
        return null;
    }

    private static String describe(JsonToken token, JsonParser parser) {
        return switch (token) {
            case START_OBJECT -> "{…}";
            case START_ARRAY -> "[…]";
            case VALUE_STRING -> '"' + parser.getString() + '"';
            default -> parser.getString();
        };
    }

    /** The message-key suffix of a Java type, rendered as {@code type.X} in the bundle. */
    static String expectedType(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "number";
        }
        return "object";
    }

    private static String pointer(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }
}
