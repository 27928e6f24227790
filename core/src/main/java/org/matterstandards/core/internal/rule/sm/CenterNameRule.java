package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/** SM-0110: an item handled in a service hall (是否进驻政务大厅 = 是) names the hall (大厅名称). */
final class CenterNameRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0110", Severity.WARNING,
            Stage.RULE, "0.1.0", "domain-reference §1.5.3 (IS_ENTRY_CENTER, CENTER_NAME)",
            RecordKind.IMPLEMENTATION_ITEM);

    CenterNameRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isTrue(item.isEntryCenter()) && Values.isBlank(item.centerName())) {
            report(context, "/centerName");
        }
    }
}
