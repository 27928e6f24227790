package org.matterstandards.core.internal.rule.sm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.internal.rule.ElementValue;
import org.matterstandards.core.internal.rule.LastComputed;
import org.matterstandards.core.internal.rule.Telephones;

/** The numbers of an item's telephone elements (咨询电话, 投诉电话), one value per number listed. */
final class PhoneNumbers {

    /** The JSON names of the two telephone elements. */
    static final String CONSULT = "consultPhone";
    static final String COMPLAIN = "complainPhone";

    // Two rules read every number of the same item in turn: split and parse them once per item.
    private static final LastComputed<ImplementationItem, List<Parsed>> LAST_PARSED = new LastComputed<>(
            PhoneNumbers::read);

    private PhoneNumbers() {
    }

    /**
     * One number listed with what it reads as.
     *
     * @param number the number and the element it is in
     * @param parsed the number read, empty when it is not well formed
     */
    record Parsed(ElementValue number, Optional<Telephones.Number> parsed) {
    }

    private static List<Parsed> read(ImplementationItem item) {
        List<ElementValue> numbers = of(item);
        List<Parsed> parsed = new ArrayList<>(numbers.size());
        for (ElementValue number : numbers) {
            parsed.add(new Parsed(number, Telephones.parse(number.value())));
        }
        return List.copyOf(parsed);
    }

    /** Every number of 咨询电话 and 投诉电话, in order, parsed. */
    static List<Parsed> parsed(ImplementationItem item) {
        return LAST_PARSED.get(item);
    }

    /** Every number of 咨询电话 and 投诉电话, in order. */
    static List<ElementValue> of(ImplementationItem item) {
        List<ElementValue> numbers = new ArrayList<>();
        numbers.addAll(of(CONSULT, item.consultPhone()));
        numbers.addAll(of(COMPLAIN, item.complainPhone()));
        return numbers;
    }

    /** The numbers one element lists; all point at the element itself. */
    static List<ElementValue> of(String name, String field) {
        List<ElementValue> numbers = new ArrayList<>();
        for (String number : Telephones.split(field)) {
            numbers.add(new ElementValue(JsonPointers.of(name), name, number));
        }
        return numbers;
    }
}
