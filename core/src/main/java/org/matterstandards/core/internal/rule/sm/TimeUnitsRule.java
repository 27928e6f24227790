package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * SM-0502: the promised and statutory time limits use units that cannot be compared exactly (e.g. 10 working days
 * promised against 10 calendar days statutory): the validator will not guess, so SM-0501 cannot vouch for the
 * promise. State both in the same unit.
 */
final class TimeUnitsRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0502", Severity.WARNING,
            Stage.RULE, "0.1.0",
            "domain-reference §1.6 (时限单位), §11.6 (compare in the same unit; convert only where exact)",
            RecordKind.IMPLEMENTATION_ITEM);

    TimeUnitsRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (TimeLimits.compare(item, context) == TimeLimits.Outcome.UNDECIDED) {
            context.report(descriptor().code(), "/promiseType", TimeLimits.arguments(item, context));
        }
    }
}
