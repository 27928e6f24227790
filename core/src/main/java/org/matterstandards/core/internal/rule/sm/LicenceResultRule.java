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
 * SM-0103: a licensing item (行政许可) names its result (审批结果名称): the licence, certificate or approval document
 * the applicant receives.
 */
final class LicenceResultRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0103", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §1.5.3 (RESULT_NAME, RESULT_TYPE), §1.5.5 (行政许可证件名称)",
            RecordKind.IMPLEMENTATION_ITEM);

    LicenceResultRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isBlank(item.resultName())
                && Tables.hasTag(context, CodeTables.TASK_TYPE, item.taskType(), Tags.LICENCE)) {
            report(context, "/resultName", "taskType", item.taskType());
        }
    }
}
