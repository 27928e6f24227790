package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/** SM-0306: a free item (是否收费 = 否) offers no online payment (是否支持网上支付 = 否): there is nothing to pay. */
final class PayOnlineRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0306", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 6", RecordKind.IMPLEMENTATION_ITEM);

    PayOnlineRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Boolean.FALSE.equals(item.isFee()) && Values.isTrue(item.isPayOnline())) {
            report(context, "/isPayOnline");
        }
    }
}
