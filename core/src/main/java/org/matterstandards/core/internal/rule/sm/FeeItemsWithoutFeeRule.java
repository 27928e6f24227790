package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/** SM-0307: a free item (是否收费 = 否) lists no fee items (收费项目); one of the two is wrong. */
final class FeeItemsWithoutFeeRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0307", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 6; §9.5", RecordKind.IMPLEMENTATION_ITEM);

    FeeItemsWithoutFeeRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Boolean.FALSE.equals(item.isFee()) && !Values.isEmpty(item.feeItems())) {
            report(context, "/feeItems", "count", item.feeItems().size());
        }
    }
}
