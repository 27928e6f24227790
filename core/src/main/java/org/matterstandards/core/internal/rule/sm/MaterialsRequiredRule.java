package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;
import org.matterstandards.core.internal.rule.Values;

/**
 * SM-0102: an item on application (依申请) lists its application materials (申请材料): applicants must know what to
 * bring, and the published list is the only one an office may ask for. A warning, because a few public services
 * (a consultation) truly need none.
 */
final class MaterialsRequiredRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0102", Severity.WARNING,
            Stage.RULE, "0.1.0", "行政许可法 art. 30 (material list published); domain-reference §1.5.4 (申请材料)",
            RecordKind.IMPLEMENTATION_ITEM);

    MaterialsRequiredRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isEmpty(item.materials())
                && Tables.hasTag(context, CodeTables.TASK_TYPE, item.taskType(), Tags.APPLICATION)) {
            report(context, "/materials", "taskType", item.taskType());
        }
    }
}
