package org.matterstandards.sdk.pipeline.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a tree that the schema stage has passed straight to its model record (树直绑), without Jackson databind,
 * which cost about as much as parsing the text (docs/decisions/0011-tree-binder-for-valid-records.md).
 *
 * <p>It takes only the plain shapes, where the result cannot differ from databind's with the model stage's
 * configuration: every element one of the record's components, text for {@code String}, a JSON {@code int} for
 * {@code Integer}, {@code true}/{@code false} for {@code Boolean}, a real {@code yyyy-MM-dd} date for
 * {@code LocalDate}, arrays without {@code null} items for lists, objects for child records; JSON {@code null} or
 * an absent element binds {@code null}. On anything else it <em>declines</em> ({@link #bind} returns
 * {@code null}) and the model stage binds with Jackson as before, reporting what Jackson reports. A record type whose
 * components or constructor carry Jackson annotations, or whose components are of other types, is always declined.
 * {@code TreeBinderAgreementTest} proves the results equal to databind's over the fixture corpora and their mutants.
 *
 * <p>Stateless; the shapes are computed once per record class. Thread-safe.
 */
final class TreeBinder {

    /** Returned by a conversion that declines; never a component value. */
    private static final Object DECLINED = new Object();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private TreeBinder() {
    }

    /**
     * Binds a tree to a record class.
     *
     * @param node the JSON object
     * @param type the record class
     * @param <T>  its type
     * @return the record, or {@code null} when this binder declines the tree (bind it with Jackson then)
     */
    static <T> T bind(ObjectNode node, Class<T> type) {
        Object record = object(node, SHAPES.get(type));
        return record == DECLINED ? null : type.cast(record);
    }

    private static Object object(ObjectNode node, Shape shape) {
        if (shape == null) {
            return DECLINED;
        }
        Object[] arguments = new Object[shape.converters.length];
        // The tree's own elements, each looked up in the shape's small table: fewer and warmer look-ups than
        // asking the record's map for every component, most of which a record leaves out.
        for (Map.Entry<String, JsonNode> element : node.properties()) {
            Integer slot = shape.slots.get(element.getKey());
            if (slot == null) {
                return DECLINED;    // an element that is no component: Jackson reports it
            }
            Object argument = shape.converters[slot].convert(element.getValue());
            if (argument == DECLINED) {
                return DECLINED;
            }
            arguments[slot] = argument;
        }
        try {
            return (Object) shape.creator.invokeExact(arguments);
        } catch (Throwable constructorRefused) {
            return DECLINED;        // Jackson calls it again and reports the problem as it always has
        }
    }

    /** One component's conversion from its JSON value (never a missing node) to its Java value, or DECLINED. */
    @FunctionalInterface
    private interface Converter {

        Object convert(JsonNode value);

        /** @return the conversion of a component or list item type, {@code null} when not a plain shape */
        static Converter of(Type type) {
            if (type == String.class) {
                return value -> value.isString() ? value.stringValue() : nullOrDeclined(value);
            }
            if (type == Integer.class) {
                return value -> value.isInt() ? Integer.valueOf(value.intValue()) : nullOrDeclined(value);
            }
            if (type == Boolean.class) {
                return value -> value.isBoolean() ? Boolean.valueOf(value.booleanValue()) : nullOrDeclined(value);
            }
            if (type == LocalDate.class) {
                return TreeBinder::date;
            }
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                Converter item = of(list.getActualTypeArguments()[0]);
                return item == null ? null : value -> list(value, item);
            }
            if (type instanceof Class<?> child && child.isRecord()) {
                return value -> value instanceof ObjectNode object ? object(object, SHAPES.get(child))
                        : nullOrDeclined(value);
            }
            return null;
        }
    }

    private static Object nullOrDeclined(JsonNode value) {
        return value.isNull() ? null : DECLINED;
    }

    private static Object date(JsonNode value) {
        if (!value.isString()) {
            return nullOrDeclined(value);
        }
        try {
            return LocalDate.parse(value.stringValue(), StrictScalars.DATE);
        } catch (DateTimeParseException notADate) {
            return DECLINED;
        }
    }

    private static Object list(JsonNode value, Converter item) {
        if (!(value instanceof ArrayNode array)) {
            return nullOrDeclined(value);
        }
        Object[] items = new Object[array.size()];
        for (int i = 0; i < items.length; i++) {
            JsonNode element = array.get(i);
            // A null item is reported by the model stage (NullListItems), so Jackson binds that list.
            Object converted = element.isNull() ? DECLINED : item.convert(element);
            if (converted == DECLINED) {
                return DECLINED;
            }
            items[i] = converted;
        }
        return Arrays.asList(items);
    }

    /**
     * What binding a record class takes: the constructor argument of each component name, the components'
     * conversions and the constructor.
     */
    private record Shape(Map<String, Integer> slots, Converter[] converters, MethodHandle creator) {

        /** @return the shape of a record class, {@code null} when it is not a plain one */
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || jacksonAnnotated(type, components)) {
                return null;
            }
            Map<String, Integer> slots = new HashMap<>();
            Converter[] converters = new Converter[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                slots.put(components[i].getName(), i);
                converters[i] = Converter.of(components[i].getGenericType());
                parameters[i] = components[i].getType();
                if (converters[i] == null) {
                    return null;
                }
            }
            try {
                MethodHandle creator = DirectCreators.spreading(type.getConstructor(parameters));
                return creator == null ? null : new Shape(Map.copyOf(slots), converters, creator);
            } catch (NoSuchMethodException notPublic) {
                return null;
            }
        }

        /**
         * Jackson annotations could rename, ignore or convert an element, or change what an unknown element does:
         * any on a component, a constructor or a factory method, and any on the class but {@code @JsonInclude}
         * (which only writing reads).
         */
        private static boolean jacksonAnnotated(Class<?> type, RecordComponent[] components) {
            for (Annotation annotation : type.getAnnotations()) {
                if (jackson(annotation) && !(annotation instanceof JsonInclude)) {
                    return true;
                }
            }
            for (RecordComponent component : components) {
                if (jackson(component.getAnnotations()) || jackson(component.getAccessor().getAnnotations())) {
                    return true;
                }
            }
            for (Executable creator : type.getDeclaredConstructors()) {
                if (jackson(creator.getAnnotations())) {
                    return true;
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(JsonCreator.class)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean jackson(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (jackson(annotation)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean jackson(Annotation annotation) {
            String name = annotation.annotationType().getPackageName();
            return name.startsWith("com.fasterxml.jackson") || name.startsWith("tools.jackson");
        }
    }
}
