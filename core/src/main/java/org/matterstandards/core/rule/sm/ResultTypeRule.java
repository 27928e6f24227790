package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/** SM-0109: an item that names its result (审批结果名称) also says what kind of result it is (审批结果类型). */
final class ResultTypeRule extends AbstractRecordRule<ImplementationItem> {

    ResultTypeRule() {
        super(ImplementationItem.class, ImplementationItemRules.RESULT_TYPE);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (!Values.isBlank(item.resultName()) && Values.isBlank(item.resultType())) {
            report(context, "/resultType", "resultName", item.resultName());
        }
    }
}
