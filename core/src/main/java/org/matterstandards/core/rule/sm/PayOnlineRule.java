package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/** SM-0306: a free item (是否收费 = 否) offers no online payment (是否支持网上支付 = 否): there is nothing to pay. */
final class PayOnlineRule extends AbstractRecordRule<ImplementationItem> {

    PayOnlineRule() {
        super(ImplementationItem.class, ImplementationItemRules.PAY_ONLINE);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Boolean.FALSE.equals(item.isFee()) && Values.isTrue(item.isPayOnline())) {
            report(context, "/isPayOnline");
        }
    }
}
