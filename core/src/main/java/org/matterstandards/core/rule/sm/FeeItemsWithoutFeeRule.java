package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/** SM-0307: a free item (是否收费 = 否) lists no fee items (收费项目); one of the two is wrong. */
final class FeeItemsWithoutFeeRule extends AbstractRecordRule<ImplementationItem> {

    FeeItemsWithoutFeeRule() {
        super(ImplementationItem.class, ImplementationItemRules.FEE_ITEMS);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Boolean.FALSE.equals(item.isFee()) && !Values.isEmpty(item.feeItems())) {
            report(context, "/feeItems", "count", item.feeItems().size());
        }
    }
}
