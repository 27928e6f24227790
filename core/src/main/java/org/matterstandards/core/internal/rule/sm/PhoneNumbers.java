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
    private static final String CONSULT_POINTER = JsonPointers.of(CONSULT);
    private static final String COMPLAIN_POINTER = JsonPointers.of(COMPLAIN);

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
        List<Parsed> parsed = new ArrayList<>(2);
        add(parsed, CONSULT, CONSULT_POINTER, item.consultPhone());
        add(parsed, COMPLAIN, COMPLAIN_POINTER, item.complainPhone());
        return List.copyOf(parsed);
    }

    /** Every number of 咨询电话 and 投诉电话, in order, parsed. */
    static List<Parsed> parsed(ImplementationItem item) {
        return LAST_PARSED.get(item);
    }

    /** The numbers one element lists; all point at the element itself. */
    private static void add(List<Parsed> parsed, String name, String pointer, String field) {
        List<String> numbers = Telephones.split(field);
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            parsed.add(new Parsed(new ElementValue(pointer, name, number), Telephones.parse(number)));
        }
    }
}
