package org.matterstandards.core.intermediary;

import org.matterstandards.core.intermediary.FilingSchedule.Judgement;
import org.matterstandards.core.intermediary.FilingSchedule.Outcome;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * Reports every step of a list change that stands at one {@link Outcome} (调整备案期限结果): late, overdue, due soon,
 * recorded before the decision, or not judgeable for lack of calendar data. One instance per outcome and code.
 */
final class FilingOutcomeRule extends AbstractRecordRule<ListChange> {

    private final Outcome outcome;

    FilingOutcomeRule(RuleDescriptor descriptor, Outcome outcome) {
        super(ListChange.class, descriptor);
        this.outcome = outcome;
    }

    @Override
    public void check(ListChange change, RuleContext context) {
        FilingSchedule.of(change, context).ifPresent(schedule -> {
            for (Judgement judgement : schedule.judgements()) {
                if (judgement.outcome() == outcome) {
                    context.report(descriptor().code(), judgement.pointer(), schedule.arguments(judgement));
                }
            }
        });
    }
}
