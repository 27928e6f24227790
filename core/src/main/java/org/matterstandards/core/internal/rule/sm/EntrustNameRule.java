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
 * SM-0107: an entrusted organisation (实施主体性质 受委托组织) acts in another department's name, so the item names
 * that department (委托部门); it answers for the decision.
 */
final class EntrustNameRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0107", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §1.5.2 (ENTRUST_NAME needed when DEPT_TYPE = 受委托组织), §9.5",
            RecordKind.IMPLEMENTATION_ITEM);

    EntrustNameRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isBlank(item.entrustName())
                && Tables.hasTag(context, CodeTables.DEPT_TYPE, item.deptType(), Tags.ENTRUSTED)) {
            report(context, "/entrustName", "deptType", item.deptType());
        }
    }
}
