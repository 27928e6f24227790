package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/** SM-0109: an item that names its result (审批结果名称) also says what kind of result it is (审批结果类型). */
final class ResultTypeRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0109", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §1.5.3 (RESULT_TYPE required), §1.6 (审批结果类型)",
            RecordKind.IMPLEMENTATION_ITEM);

    ResultTypeRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (!Values.isBlank(item.resultName()) && Values.isBlank(item.resultType())) {
            report(context, "/resultType", "resultName", item.resultName());
        }
    }
}
