package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/**
 * SM-0106: a charged item (是否收费 = 是) states its legal fee basis (收费依据) and at least one fee item with its
 * standard (收费项目): a fee without a published basis may not be charged. Each missing part is one finding.
 */
final class FeeBasisRule extends AbstractRecordRule<ImplementationItem> {

    FeeBasisRule() {
        super(ImplementationItem.class, ImplementationItemRules.FEE_BASIS);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (!Values.isTrue(item.isFee())) {
            return;
        }
        if (Values.saysNothing(item.feeBasis())) {
            report(context, "/feeBasis", "label", "feeBasis");
        }
        if (Values.isEmpty(item.feeItems())) {
            report(context, "/feeItems", "label", "feeItems");
        }
    }
}
