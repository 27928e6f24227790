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
 * SM-0108: an item that requires an intermediary service (是否存在中介服务 = 是) names it by its code on the published
 * intermediary list (中介服务事项编码): a service that is not on the list may not be required (国办发〔2015〕31号), and
 * only the code lets the list be checked.
 */
final class IntermediaryReferenceRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0108", Severity.ERROR,
            Stage.RULE, "0.1.0",
            "国办发〔2015〕31号; domain-reference §1.5.3 (IS_EXIST_INTERMEDIARY), §4.3, §11.4 (中介服务事项编码)",
            RecordKind.IMPLEMENTATION_ITEM);

    IntermediaryReferenceRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        boolean noCode = Values.isEmpty(item.intermediaryCodes())
                || item.intermediaryCodes().stream().allMatch(Values::isBlank);
        if (Values.isTrue(item.isExistIntermediary()) && noCode) {
            report(context, "/intermediaryCodes");
        }
    }
}
