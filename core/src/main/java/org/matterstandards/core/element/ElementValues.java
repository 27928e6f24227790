package org.matterstandards.core.element;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads element values from model records and compares them the way officials would (要素取值): surrounding and
 * repeated spaces do not count, absent equals empty, and multi-valued lists are sets.
 */
final class ElementValues {

    /** Record accessors by component name, computed once per record class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private ElementValues() {
    }

    /**
     * The value of a record component.
     *
     * @param record a model record (top or child)
     * @param name   the component name
     * @return its value, may be {@code null}
     * @throws IllegalArgumentException when the record has no such component (a catalogue that does not fit the
     *                                  model)
     */
    static Object get(Object record, String name) {
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no element " + name);
        }
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + name + " failed", e.getCause());
        }
    }

    /** Whether a value is absent: {@code null}, blank text or an empty list. */
    static boolean isAbsent(Object value) {
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty());
    }

    /** Text with surrounding spaces removed and inner runs of spaces (including the ideographic space) as one. */
    static String text(Object value) {
        return String.valueOf(value).replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** The distinct normalised texts of a multi-valued element; an absent value is the empty set. */
    static Set<String> set(Object value) {
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (!isAbsent(element)) {
                    values.add(text(element));
                }
            }
        } else if (!isAbsent(value)) {
            values.add(text(value));
        }
        return values;
    }

    /**
     * Whether two values are the same element value.
     *
     * @param upstream the upstream value
     * @param local    the local value
     * @return {@code true} when both are absent, both are lists with the same values in any order, both are texts
     *         equal after spacing is normalised, or both are equal objects
     */
    static boolean same(Object upstream, Object local) {
        if (isAbsent(upstream) || isAbsent(local)) {
            return isAbsent(upstream) && isAbsent(local);
        }
        if (upstream instanceof Collection<?> || local instanceof Collection<?>) {
            return set(upstream).equals(set(local));
        }
        if (upstream instanceof String || local instanceof String) {
            return text(upstream).equals(text(local));
        }
        return Objects.equals(upstream, local);
    }

    /** The identity of a child record for matching: its match components, normalised. */
    static String entryKey(Object entry, List<String> matchKeys) {
        StringJoiner key = new StringJoiner("\u0000");
        for (String name : matchKeys) {
            Object value = get(entry, name);
            key.add(isAbsent(value) ? "" : text(value).replace(" ", "").replace('（', '(').replace('）', ')'));
        }
        return key.toString();
    }

    /** A child record as a person would name it: its match components, space-separated. */
    static String entryName(Object entry, List<String> matchKeys) {
        StringJoiner name = new StringJoiner(" ");
        for (String key : matchKeys) {
            Object value = get(entry, key);
            if (!isAbsent(value)) {
                name.add(text(value));
            }
        }
        return name.toString();
    }
}
