package org.matterstandards.core.internal.rule;

import java.util.function.Function;

/**
 * A value computed from an immutable key and kept for as long as this thread keeps asking about that same key
 * object (最近一次计算结果): the rules that check one record in turn ask for the same derived view of it (its shared
 * elements, its parsed codes, its telephone numbers), which is then computed once per record instead of once per
 * rule. Holds at most one key and value per thread; asking about another key replaces them.
 *
 * @param <K> the key type, immutable (model records are), compared by identity
 * @param <V> the value type
 */
public final class LastComputed<K, V> {

    private final Function<? super K, ? extends V> compute;
    private final ThreadLocal<Slot<K, V>> last = ThreadLocal.withInitial(Slot::new);

    /** @param compute computes the value of a key; must depend on nothing but the key */
    public LastComputed(Function<? super K, ? extends V> compute) {
        this.compute = compute;
    }

    /**
     * @param key the key
     * @return the value of the key, computed when this thread asked about another key last
     */
    public V get(K key) {
        Slot<K, V> slot = last.get();
        if (slot.key != key || !slot.present) {
            slot.value = compute.apply(key);
            slot.key = key;
            slot.present = true;
        }
        return slot.value;
    }

    private static final class Slot<K, V> {
        private K key;
        private V value;
        private boolean present;
    }
}
