package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.WebAddresses;

/**
 * SM-0218: online-handling addresses use https: applicants send personal data and documents there. Only
 * well-formed addresses are judged; malformed ones are SM-0217.
 */
final class PlainHttpRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0218", Severity.WARNING,
            Stage.RULE, "0.1.0", "matter-standards practice: plain http exposes applicants' data (issue 3)",
            RecordKind.IMPLEMENTATION_ITEM);

    PlainHttpRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<OnlineHandling.Address> addresses = OnlineHandling.addresses(item);
        for (int i = 0; i < addresses.size(); i++) {      // no iterator per record
            OnlineHandling.Address address = addresses.get(i);
            if (address.wellFormed() && WebAddresses.isPlainHttp(address.value())) {
                report(context, address.pointer(), "label", address.name(), "value", address.value());
            }
        }
    }
}
