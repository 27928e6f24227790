package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;

/**
 * SM-0502: the promised and statutory time limits use units that cannot be compared exactly (e.g. 10 working days
 * promised against 10 calendar days statutory): the validator will not guess, so SM-0501 cannot vouch for the
 * promise. State both in the same unit.
 */
final class TimeUnitsRule extends AbstractRecordRule<ImplementationItem> {

    TimeUnitsRule() {
        super(ImplementationItem.class, ImplementationItemRules.TIME_UNITS);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (TimeLimits.compare(item, context) == TimeLimits.Outcome.UNDECIDED) {
            context.report(descriptor().code(), "/promiseType", TimeLimits.arguments(item, context));
        }
    }
}
