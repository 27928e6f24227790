package org.matterstandards.core.element;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matterstandards.core.finding.Args;

/** Builds model records by component name, so tests can state only what matters to them. */
final class TestRecords {

    private TestRecords() {
    }

    /** A record of a type with the named components set and every other component {@code null}. */
    static <T extends Record> T record(Class<T> type, Object... namesAndValues) {
        return build(type, Args.of(namesAndValues));
    }

    /** A copy of a record with the named components replaced. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T original, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : original.getClass().getRecordComponents()) {
            values.put(component.getName(), ElementValues.get(original, component.getName()));
        }
        Map<String, Object> changes = Args.of(namesAndValues);
        for (String name : changes.keySet()) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(original.getClass().getSimpleName() + " has no " + name);
            }
        }
        values.putAll(changes);
        return build((Class<T>) original.getClass(), values);
    }

    private static <T extends Record> T build(Class<T> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = values.get(components[i].getName());
        }
        for (String name : values.keySet()) {
            if (Arrays.stream(components).noneMatch(component -> component.getName().equals(name))) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no " + name);
            }
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(arguments);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
