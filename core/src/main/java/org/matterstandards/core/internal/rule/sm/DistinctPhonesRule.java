package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.ElementValue;
import org.matterstandards.core.internal.rule.Telephones;

/**
 * SM-0308: the complaint line (投诉电话) is not the consultation line (咨询电话): complaints must reach someone other
 * than the office complained about. Numbers are compared by their digits, so 0754-12345 equals 075412345.
 */
final class DistinctPhonesRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0308", Severity.WARNING,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 7", RecordKind.IMPLEMENTATION_ITEM);

    DistinctPhonesRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        // The numbers as the telephone format rule has just split them: consultation lines first, then complaints.
        // Each complaint line is compared with each consultation line by digits in place: there are a few of each.
        List<PhoneNumbers.Parsed> numbers = PhoneNumbers.parsed(item);
        for (int i = 0; i < numbers.size(); i++) {      // no iterator per record
            ElementValue number = numbers.get(i).number();
            if (number.name().equals(PhoneNumbers.COMPLAIN) && consulted(numbers, number.value())) {
                report(context, number.pointer(), "value", number.value());
            }
        }
    }

    /** Whether a consultation line has the digits of {@code complaint}. */
    private static boolean consulted(List<PhoneNumbers.Parsed> numbers, String complaint) {
        for (int i = 0; i < numbers.size(); i++) {
            PhoneNumbers.Parsed listed = numbers.get(i);
            if (listed.number().name().equals(PhoneNumbers.CONSULT)
                    && Telephones.sameDigits(listed.number().value(), complaint)) {
                return true;
            }
        }
        return false;
    }
}
