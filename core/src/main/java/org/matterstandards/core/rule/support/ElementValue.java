package org.matterstandards.core.rule.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.matterstandards.core.finding.JsonPointers;

/**
 * One present value of an element, with where it is (要素取值): {@code /useLevel/1} = {@code "4"}. Lets one rule
 * check single, multi-valued and nested elements (materials, legal bases) alike. Blank values are left out: whether
 * an element must be present is a presence rule's business.
 *
 * @param pointer JSON Pointer of the value in the record
 * @param name    the element's JSON name, used as the {@code label} message argument
 * @param value   the value, never blank
 */
public record ElementValue(String pointer, String name, String value) {

    /**
     * The value of a single-valued top-level element.
     *
     * @param name  the JSON name
     * @param value the value, may be {@code null}
     * @return one value, or none when blank
     */
    public static List<ElementValue> of(String name, String value) {
        return Values.isBlank(value) ? List.of() : List.of(new ElementValue(JsonPointers.of(name), name, value));
    }

    /**
     * The values of a multi-valued top-level element.
     *
     * @param name   the JSON name, e.g. {@code useLevel}
     * @param values the values, may be {@code null}
     * @return the non-blank values, pointing at their array index
     */
    public static List<ElementValue> each(String name, List<String> values) {
        List<ElementValue> result = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (!Values.isBlank(values.get(i))) {
                    result.add(new ElementValue(JsonPointers.append("", name, i), name, values.get(i)));
                }
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
        List<ElementValue> result = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                E item = items.get(i);
                String value = item == null ? null : getter.apply(item);
                if (!Values.isBlank(value)) {
                    result.add(new ElementValue(JsonPointers.append("", listName, i, name), name, value));
                }
            }
        }
        return result;
    }
}
