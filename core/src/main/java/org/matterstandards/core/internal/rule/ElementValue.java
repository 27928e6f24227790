package org.matterstandards.core.internal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.matterstandards.core.finding.JsonPointers;

/**
 * One present value of an element, with where it is (要素取值): {@code /useLevel/1} = {@code "4"}. Lets one rule
 * check single, multi-valued and nested elements (materials, legal bases) alike. Blank values are left out: whether
 * an element must be present is a presence rule's business.
 *
 * <p>The JSON Pointer is built only when asked for, which is when a finding is reported: most values never are. Two
 * values are equal when their pointer, name and value are.
 */
public final class ElementValue {

    private static final int NO_INDEX = -1;

    private final String list;
    private final int index;
    private final boolean nested;
    private final String name;
    private final String value;
    private String pointer;

    /**
     * @param pointer JSON Pointer of the value in the record
     * @param name    the element's JSON name, used as the {@code label} message argument
     * @param value   the value, never blank
     */
    public ElementValue(String pointer, String name, String value) {
        this(null, NO_INDEX, false, name, value);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /** A value at {@code /name} (no list), {@code /list/index} or, when nested, {@code /list/index/name}. */
    private ElementValue(String list, int index, boolean nested, String name, String value) {
        this.list = list;
        this.index = index;
        this.nested = nested;
        this.name = name;
        this.value = value;
    }

    /**
     * The value of a single-valued top-level element.
     *
     * @param name  the JSON name
     * @param value the value, may be {@code null}
     * @return one value, or none when blank
     */
    public static List<ElementValue> of(String name, String value) {
        return Values.isBlank(value) ? List.of() : List.of(new ElementValue(null, NO_INDEX, false, name, value));
    }

    /**
     * The values of a multi-valued top-level element.
     *
     * @param name   the JSON name, e.g. {@code useLevel}
     * @param values the values, may be {@code null}
     * @return the non-blank values, pointing at their array index
     */
    public static List<ElementValue> each(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<ElementValue> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!Values.isBlank(values.get(i))) {
                result.add(new ElementValue(name, i, false, name, values.get(i)));
            }
        }
        return result;
    }

    /**
     * The values of one element of each item of a nested list, e.g. {@code /materials/2/sourceType}.
     *
     * @param listName the JSON name of the list, e.g. {@code materials}
     * @param items    the items, may be {@code null}
     * @param name     the JSON name of the element inside an item
     * @param getter   reads the element from an item
     * @param <E>      the item type
     * @return the non-blank values
     */
    public static <E> List<ElementValue> each(String listName, List<E> items, String name,
                                              Function<? super E, String> getter) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        List<ElementValue> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            E item = items.get(i);
            String value = item == null ? null : getter.apply(item);
            if (!Values.isBlank(value)) {
                result.add(new ElementValue(listName, i, true, name, value));
            }
        }
        return result;
    }

    /** @return JSON Pointer of the value in the record */
    public String pointer() {
        String built = pointer;
        if (built == null) {
            if (list == null) {
                built = JsonPointers.of(name);
            } else if (nested) {
                built = JsonPointers.append("", list, index, name);
            } else {
                built = JsonPointers.append("", list, index);
            }
            pointer = built;
        }
        return built;
    }

    /** @return the element's JSON name, used as the {@code label} message argument */
    public String name() {
        return name;
    }

    /** @return the value, never blank */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementValue that && pointer().equals(that.pointer()) && Objects.equals(name, that.name)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer(), name, value);
    }

    @Override
    public String toString() {
        return "ElementValue[pointer=" + pointer() + ", name=" + name + ", value=" + value + "]";
    }
}
