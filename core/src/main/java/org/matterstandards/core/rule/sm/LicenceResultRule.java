package org.matterstandards.core.rule.sm;

import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Tables;
import org.matterstandards.core.rule.support.Values;

/**
 * SM-0103: a licensing item (行政许可) names its result (审批结果名称): the licence, certificate or approval document
 * the applicant receives.
 */
final class LicenceResultRule extends AbstractRecordRule<ImplementationItem> {

    LicenceResultRule() {
        super(ImplementationItem.class, ImplementationItemRules.LICENCE_RESULT);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isBlank(item.resultName())
                && Tables.hasTag(context, CodeTables.TASK_TYPE, item.taskType(), Tags.LICENCE)) {
            report(context, "/resultName", "taskType", item.taskType());
        }
    }
}
