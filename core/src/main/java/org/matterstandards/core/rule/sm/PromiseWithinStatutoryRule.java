package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;

/**
 * SM-0501: the promised time limit (承诺办结时限) is not longer than the statutory one (法定办结时限): a body may
 * promise to be faster than the law, never slower. Compared in the same unit, converted only where exact
 * ({@link TimeLimits}).
 */
final class PromiseWithinStatutoryRule extends AbstractRecordRule<ImplementationItem> {

    PromiseWithinStatutoryRule() {
        super(ImplementationItem.class, ImplementationItemRules.PROMISE_WITHIN_STATUTORY);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (TimeLimits.compare(item, context) == TimeLimits.Outcome.EXCEEDS) {
            context.report(descriptor().code(), "/promiseDay", TimeLimits.arguments(item, context));
        }
    }
}
