package org.matterstandards.sdk.io.common;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.constraint.Required;

/**
 * The elements of one table of the model (模型表): a record kind's top-level record, or one of its child tables
 * (申请材料, 收费项目, 常见问题 …). Derived from the model's Java records, so that the adapters can never disagree with
 * the model about which elements exist and how their values are typed. Immutable and thread-safe.
 */
public final class ModelTable {

    /**
     * One element of a table.
     *
     * @param key   the canonical JSON name, e.g. {@code promiseDay}
     * @param type  how its value is written
     * @param child    the child table, for {@link ValueType#CHILDREN}; otherwise {@code null}
     * @param required whether the model requires it ({@code @Required})
     */
    public record Element(String key, ValueType type, ModelTable child, boolean required) {
    }

    private static final Map<RecordKind, ModelTable> CACHE = new ConcurrentHashMap<>();

    private final RecordKind kind;
    private final Class<?> type;
    private final String path;
    private final Map<String, Element> elements;

    private ModelTable(RecordKind kind, Class<?> type, String path) {
        this.kind = kind;
        this.type = type;
        this.path = path;
        Map<String, Element> found = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = component.getName();
            ValueType valueType = valueType(component);
            ModelTable child = valueType == ValueType.CHILDREN
                    ? new ModelTable(kind, elementClass(component.getGenericType()), key)
                    : null;
            found.put(key, new Element(key, valueType, child, required(type, key)));
        }
        this.elements = Collections.unmodifiableMap(found);
    }

    /**
     * The top-level table of a record kind.
     *
     * @param kind the record kind
     * @return its table
     */
    public static ModelTable of(RecordKind kind) {
        return CACHE.computeIfAbsent(kind, any -> new ModelTable(kind, kind.modelType(), ""));
    }

    /** @return the record kind this table belongs to */
    public RecordKind kind() {
        return kind;
    }

    /** @return the model record class of this table's rows */
    public Class<?> type() {
        return type;
    }

    /** @return the canonical name of this child table in its parent (e.g. {@code materials}), empty for the top */
    public String path() {
        return path;
    }

    /** @return {@code true} for a record kind's top-level table */
    public boolean isTop() {
        return path.isEmpty();
    }

    /** @return the elements in model order */
    public List<Element> elements() {
        return List.copyOf(elements.values());
    }

    /**
     * The element with a canonical name.
     *
     * @param key the canonical name
     * @return the element, or empty when the table has none of that name
     */
    public Optional<Element> element(String key) {
        return Optional.ofNullable(elements.get(key));
    }

    /** @return the child tables, in model order */
    public List<ModelTable> children() {
        List<ModelTable> children = new ArrayList<>();
        for (Element element : elements.values()) {
            if (element.child() != null) {
                children.add(element.child());
            }
        }
        return children;
    }

    private static boolean required(Class<?> type, String key) {
        try {
            return type.getDeclaredField(key).isAnnotationPresent(Required.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static ValueType valueType(RecordComponent component) {
        Class<?> raw = component.getType();
        if (raw == Boolean.class || raw == boolean.class) {
            return ValueType.FLAG;
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return ValueType.INTEGER;
        }
        if (raw == LocalDate.class) {
            return ValueType.DATE;
        }
        if (List.class.isAssignableFrom(raw)) {
            return elementClass(component.getGenericType()).isRecord() ? ValueType.CHILDREN : ValueType.LIST;
        }
        return ValueType.TEXT;
    }

    private static Class<?> elementClass(Type listType) {
        if (listType instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> plain) {
                return plain;
            }
            if (argument instanceof java.lang.reflect.AnnotatedType annotated
                    && annotated.getType() instanceof Class<?> inner) {
                return inner;
            }
            if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> inner) {
                return inner;
            }
        }
        return String.class;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
