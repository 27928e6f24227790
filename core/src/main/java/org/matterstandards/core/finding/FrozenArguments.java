package org.matterstandards.core.finding;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Message arguments as a finding keeps them (冻结的消息参数): an unmodifiable view of an ordered map that nothing
 * else references, so a finding made from another finding's arguments, or from {@link Args#frozen}, keeps them as
 * they are instead of copying them. Every method is the view's ({@link Collections#unmodifiableMap}), which is what
 * {@link Finding#arguments()} returned before: the same order, equality, refusals and serial form of the values.
 */
final class FrozenArguments implements Map<String, Object>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> view;

    private FrozenArguments(Map<String, Object> owned) {
        this.view = Collections.unmodifiableMap(owned);
    }

    /**
     * The arguments as a finding keeps them.
     *
     * @param arguments the arguments given, may be {@code null}
     * @return these when frozen already, else a frozen copy in their order; an empty map for {@code null}
     */
    static Map<String, Object> of(Map<String, ?> arguments) {
        if (arguments == null) {
            return Map.of();
        }
        if (arguments instanceof FrozenArguments frozen) {
            return frozen;
        }
        return new FrozenArguments(new LinkedHashMap<>(arguments));
    }

    /**
     * Freezes a map without copying it.
     *
     * @param owned a map that only the caller references and that nothing changes from now on
     * @return the frozen arguments
     */
    static Map<String, Object> owning(Map<String, Object> owned) {
        return new FrozenArguments(owned);
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public boolean isEmpty() {
        return view.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return view.containsValue(value);
    }

    @Override
    public Object get(Object key) {
        return view.get(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return view.getOrDefault(key, defaultValue);
    }

    @Override
    public Object put(String key, Object value) {
        return view.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return view.remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ?> map) {
        view.putAll(map);
    }

    @Override
    public void clear() {
        view.clear();
    }

    @Override
    public Set<String> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<Object> values() {
        return view.values();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return view.entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        view.forEach(action);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        view.replaceAll(function);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        return view.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return view.remove(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        return view.replace(key, oldValue, newValue);
    }

    @Override
    public Object replace(String key, Object value) {
        return view.replace(key, value);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> mappingFunction) {
        return view.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        return view.computeIfPresent(key, remappingFunction);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        return view.compute(key, remappingFunction);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return view.merge(key, value, remappingFunction);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || view.equals(other);
    }

    @Override
    public int hashCode() {
        return view.hashCode();
    }

    @Override
    public String toString() {
        return view.toString();
    }
}
