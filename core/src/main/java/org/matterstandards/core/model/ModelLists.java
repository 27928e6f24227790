package org.matterstandards.core.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Immutable copies of list components that keep {@code null} (absent) apart from empty. */
final class ModelLists {

    private ModelLists() {
    }

    /**
     * @param list a list from a caller or the JSON binder, may be {@code null} or contain {@code null}s
     * @param <T>  element type
     * @return {@code null} for {@code null}, the list itself when it is such a copy already, otherwise an
     *         unmodifiable copy
     */
    static <T> List<T> copy(List<T> list) {
        if (list == null || list instanceof Frozen<T>) {
            return list;
        }
        return new Frozen<>(list.toArray());
    }

    /**
     * An unmodifiable list over an array of its own, which may hold {@code null}s (List.copyOf refuses them): one
     * object and the array per list component, where an unmodifiable view of an ArrayList copy took three; every
     * record the binder makes has several lists. It refuses every change, even one that would change nothing, as
     * {@code Collections.unmodifiableList} did.
     */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess, Serializable {

        private static final long serialVersionUID = 1L;

        private final Object[] items;

        Frozen(Object[] items) {
            this.items = items;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            return (T) items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Object[] toArray() {
            return items.clone();
        }

        @Override
        public boolean add(T item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends T> more) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(int index, Collection<? extends T> more) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> items) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> items) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(Predicate<? super T> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<T> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super T> comparator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }
    }
}
