package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/** SM-0110: an item handled in a service hall (是否进驻政务大厅 = 是) names the hall (大厅名称). */
final class CenterNameRule extends AbstractRecordRule<ImplementationItem> {

    CenterNameRule() {
        super(ImplementationItem.class, ImplementationItemRules.CENTER_NAME);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isTrue(item.isEntryCenter()) && Values.isBlank(item.centerName())) {
            report(context, "/centerName");
        }
    }
}
