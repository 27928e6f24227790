package org.matterstandards.schemas;

import java.util.Map;
import java.util.Set;

/**
 * The properties an object schema declares, looked up by element name (属性表), with whether each is required.
 *
 * <p>Open addressing over two arrays, so that a look-up reads a name and a value from arrays instead of walking
 * {@code HashMap} nodes: the screen looks up every element of every record, and those look-ups were its largest
 * single cost. The names are interned and so are the validator parser's, so a look-up usually ends at identity;
 * any other equal name is still found ({@link String#equals}). Immutable and thread-safe.
 *
 * @param <V> what is declared for a name
 */
final class PropertyTable<V> {

    private final String[] names;
    private final Object[] values;
    private final boolean[] required;
    private final int mask;
    private final int requiredCount;

    /**
     * @param declared the declared properties and their values
     * @param required the names of {@code declared} that are required
     */
    PropertyTable(Map<String, V> declared, Set<String> required) {
        int capacity = Integer.highestOneBit(Math.max(2, declared.size()) * 4 - 1);
        this.names = new String[capacity];
        this.values = new Object[capacity];
        this.required = new boolean[capacity];
        this.mask = capacity - 1;
        int count = 0;
        for (Map.Entry<String, V> entry : declared.entrySet()) {
            int slot = free(entry.getKey());
            names[slot] = entry.getKey().intern();
            values[slot] = entry.getValue();
            this.required[slot] = required.contains(entry.getKey());
            count += this.required[slot] ? 1 : 0;
        }
        this.requiredCount = count;
    }

    private int free(String name) {
        int slot = start(name);
        while (names[slot] != null) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int start(String name) {
        int hash = name.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }

    /**
     * @param name an element name
     * @return its slot, or -1 when the name is not declared
     */
    int slot(String name) {
        int slot = start(name);
        while (true) {
            String declared = names[slot];
            if (declared == name) {
                return slot;
            }
            if (declared == null) {
                return -1;
            }
            if (declared.equals(name)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * @param slot a slot found by {@link #slot}
     * @return what is declared there
     */
    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }

    /**
     * @param slot a slot found by {@link #slot}
     * @return whether its name is required
     */
    boolean required(int slot) {
        return required[slot];
    }

    /** @return how many declared names are required */
    int requiredCount() {
        return requiredCount;
    }
}
