package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * SM-0501: the promised time limit (承诺办结时限) is not longer than the statutory one (法定办结时限): a body may
 * promise to be faster than the law, never slower. Compared in the same unit, converted only where exact
 * ({@link TimeLimits}).
 */
final class PromiseWithinStatutoryRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("SM-0501", Severity.ERROR,
            Stage.RULE, "0.1.0", "行政许可法 art. 42; domain-reference §9.5, §11.6 (承诺办结时限 ≤ 法定办结时限, same unit)",
            RecordKind.IMPLEMENTATION_ITEM);

    PromiseWithinStatutoryRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (TimeLimits.compare(item, context) == TimeLimits.Outcome.EXCEEDS) {
            context.report(descriptor().code(), "/promiseDay", TimeLimits.arguments(item, context));
        }
    }
}
