package org.matterstandards.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of list components that keep {@code null} (absent) apart from empty. */
final class ModelLists {

    private ModelLists() {
    }

    /**
     * @param list a list from a caller or the JSON binder, may be {@code null} or contain {@code null}s
     * @param <T>  element type
     * @return {@code null} for {@code null}, otherwise an unmodifiable copy
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
