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
 * SM-0216: every number in 咨询电话 and 投诉电话 is a callable Chinese number: a landline with area code, a service
 * number such as 12345, a mobile or a 400/800 number (see {@link Telephones}).
 */
final class TelephoneFormatRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0216", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 7; §1.5.3 (CONSULT_PHONE, COMPLAIN_PHONE)",
            RecordKind.IMPLEMENTATION_ITEM);

    TelephoneFormatRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<PhoneNumbers.Parsed> numbers = PhoneNumbers.parsed(item);
        for (int i = 0; i < numbers.size(); i++) {      // no iterator per record
            PhoneNumbers.Parsed listed = numbers.get(i);
            ElementValue number = listed.number();
            if (listed.parsed().isEmpty()) {
                report(context, number.pointer(), "label", number.name(), "value", number.value());
            }
        }
    }
}
