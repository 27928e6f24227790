package org.matterstandards.core.rule.cd;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/**
 * CD-0306: a handle-item code (业务办理项编码) is the item's own task code plus a two-digit sequence, so it starts
 * with {@code taskCode}. The model stage already checked its shape (CD-0105).
 */
final class HandleItemRule extends AbstractRecordRule<ImplementationItem> {

    HandleItemRule() {
        super(ImplementationItem.class, CodeConsistencyRules.HANDLE_ITEM_RULE);
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
