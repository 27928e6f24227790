package org.matterstandards.core.internal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matterstandards.core.finding.JsonPointers;

/**
 * One present value of an element, with where it is (要素取值): {@code /useLevel/1} = {@code "4"}. Blank values are left
 * out: whether an element must be present is a presence rule's business.
 *
 * <p>The JSON Pointer is built only when asked for, which is when a finding is reported: most values never are. Two
 * values are equal when their pointer, name and value are.
 */
public final class ElementValue {

    private static final int NO_INDEX = -1;

    private final int index;
    private final String name;
    private final String value;
    private String pointer;

    /**
     * @param pointer JSON Pointer of the value in the record
     * @param name    the element's JSON name, used as the {@code label} message argument
     * @param value   the value, never blank
     */
    public ElementValue(String pointer, String name, String value) {
        this(NO_INDEX, name, value);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /** A value at {@code /name/index}. */
    private ElementValue(int index, String name, String value) {
        this.index = index;
        this.name = name;
        this.value = value;
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
                result.add(new ElementValue(i, name, values.get(i)));
            }
        }
        return result;
    }

    /** @return JSON Pointer of the value in the record */
    public String pointer() {
        String built = pointer;
        if (built == null) {
            built = JsonPointers.append("", name, index);
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
