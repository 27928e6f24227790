package org.matterstandards.core.rule.sm;

import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.support.ElementValue;
import org.matterstandards.core.rule.support.Telephones;

/** The numbers of an item's telephone elements (咨询电话, 投诉电话), one value per number listed. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Every number of 咨询电话 and 投诉电话, in order. */
    static List<ElementValue> of(ImplementationItem item) {
        List<ElementValue> numbers = new ArrayList<>();
        numbers.addAll(of("consultPhone", item.consultPhone()));
        numbers.addAll(of("complainPhone", item.complainPhone()));
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
