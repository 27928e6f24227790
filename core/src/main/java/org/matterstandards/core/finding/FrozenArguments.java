package org.matterstandards.core.finding;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Message arguments as a finding keeps them (冻结的消息参数): an unmodifiable ordered map that nothing else references,
 * so a finding made from another finding's arguments, or from {@link Args#frozen}, keeps them as they are instead of
 * copying them. It behaves as {@code Collections.unmodifiableMap} of a {@code LinkedHashMap}, which is what
 * {@link Finding#arguments()} returned before: the same order, equality, string form, refusals and serial form of
 * the values. The names and values sit in one array, name, value, name, value …: a finding has two to four
 * arguments, found by a scan, and the hash table, entries and view the map took before were most of what a
 * reported finding allocated.
 */
final class FrozenArguments extends AbstractMap<String, Object> implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Names at even indices, each once, their values after them. */
    private final Object[] namesAndValues;

    private FrozenArguments(Object[] namesAndValues) {
        this.namesAndValues = namesAndValues;
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
        Object[] copy = new Object[2 * arguments.size()];
        int at = 0;
        for (Map.Entry<String, ?> entry : arguments.entrySet()) {
            copy[at++] = entry.getKey();
            copy[at++] = entry.getValue();
        }
        return new FrozenArguments(copy);
    }

    /**
     * Freezes alternating names and values, as {@link Args#of} puts them in a map: a name given twice keeps its
     * first place and its last value.
     *
     * @param namesAndValues name, value …, names checked to be strings; an array that only the caller references
     *                       and that nothing changes from now on
     * @return the frozen arguments
     */
    static Map<String, Object> owning(Object[] namesAndValues) {
        for (int i = 2; i < namesAndValues.length; i += 2) {
            for (int j = 0; j < i; j += 2) {
                if (namesAndValues[j].equals(namesAndValues[i])) {
                    return of(Args.of(namesAndValues));     // a name twice: never in the library's own rules
                }
            }
        }
        return new FrozenArguments(namesAndValues);
    }

    private int indexOf(Object name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return namesAndValues.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 1; i < namesAndValues.length; i += 2) {
            if (Objects.equals(namesAndValues[i], value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : namesAndValues[at + 1];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int at = indexOf(key);
        return at < 0 ? defaultValue : namesAndValues[at + 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            action.accept((String) namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableSet(new Entries());
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(super.values());
    }

    // Every change is refused, even one that would change nothing, as the unmodifiable view refused it.

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ?> map) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object replace(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> mappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    /** The entries in order, made as they are iterated (the report writers iterate, messages look names up). */
    private final class Entries extends AbstractSet<Entry<String, Object>> {

        @Override
        public int size() {
            return FrozenArguments.this.size();
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < namesAndValues.length;
                }

                @Override
                public Entry<String, Object> next() {
                    if (next >= namesAndValues.length) {
                        throw new NoSuchElementException();
                    }
                    Entry<String, Object> entry = new SimpleImmutableEntry<>(
                            (String) namesAndValues[next], namesAndValues[next + 1]);
                    next += 2;
                    return entry;
                }
            };
        }
    }
}
