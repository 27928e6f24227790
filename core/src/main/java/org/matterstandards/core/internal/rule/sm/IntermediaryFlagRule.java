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
 * SM-0309: an item that lists intermediary-service codes (中介服务事项编码) says so in 是否存在中介服务; statistics and
 * the provincial system read the flag, not the list.
 */
final class IntermediaryFlagRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0309", Severity.WARNING,
            Stage.RULE, "0.1.0", "国办发〔2015〕31号; domain-reference §1.5.3 (IS_EXIST_INTERMEDIARY)",
            RecordKind.IMPLEMENTATION_ITEM);

    IntermediaryFlagRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        boolean listsCodes = item.intermediaryCodes() != null
                && item.intermediaryCodes().stream().anyMatch(code -> !Values.isBlank(code));
        if (listsCodes && !Values.isTrue(item.isExistIntermediary())) {
            report(context, "/isExistIntermediary", "codes", item.intermediaryCodes());
        }
    }
}
