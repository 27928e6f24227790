package org.matterstandards.core.rule.sm;

import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Tables;
import org.matterstandards.core.rule.support.Values;

/**
 * SM-0102: an item on application (依申请) lists its application materials (申请材料): applicants must know what to
 * bring, and the published list is the only one an office may ask for. A warning, because a few public services
 * (a consultation) truly need none.
 */
final class MaterialsRequiredRule extends AbstractRecordRule<ImplementationItem> {

    MaterialsRequiredRule() {
        super(ImplementationItem.class, ImplementationItemRules.MATERIALS);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isEmpty(item.materials())
                && Tables.hasTag(context, CodeTables.TASK_TYPE, item.taskType(), Tags.APPLICATION)) {
            report(context, "/materials", "taskType", item.taskType());
        }
    }
}
