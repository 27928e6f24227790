package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/**
 * SM-0106: a charged item (是否收费 = 是) states its legal fee basis (收费依据) and at least one fee item with its
 * standard (收费项目): a fee without a published basis may not be charged. Each missing part is one finding.
 */
final class FeeBasisRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0106", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 6; §1.5.2 (FEE_BASIS), §1.5.4 (收费项目), §9.5",
            RecordKind.IMPLEMENTATION_ITEM);

    FeeBasisRule() {
        super(ImplementationItem.class, DESCRIPTOR);
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
