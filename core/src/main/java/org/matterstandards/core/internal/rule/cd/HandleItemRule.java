package org.matterstandards.core.internal.rule.cd;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/**
 * CD-0306: a handle-item code (业务办理项编码) is the item's own task code plus a two-digit sequence, so it starts
 * with {@code taskCode}. The model stage already checked its shape (CD-0105).
 */
final class HandleItemRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0306", Severity.ERROR, Stage.RULE,
            "0.1.0", "domain-reference §1.4, §11.6 (业务办理项编码 = 实施编码 + 2 digits)",
            RecordKind.IMPLEMENTATION_ITEM);

    HandleItemRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        String handleItem = item.taskHandleItem();
        if (!Values.isBlank(handleItem) && !Values.isBlank(item.taskCode())
                && !handleItem.startsWith(item.taskCode())) {
            report(context, "/taskHandleItem", "value", handleItem, "taskCode", item.taskCode());
        }
    }
}
