package org.matterstandards.core.intermediary;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.intermediary.FilingSchedule.Judgement;
import org.matterstandards.core.intermediary.FilingSchedule.Outcome;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * Reports every step of a list change that stands at one {@link Outcome} (调整备案期限结果): late, overdue, due soon,
 * recorded before the decision, or not judgeable for lack of calendar data. One instance per outcome and code.
 */
final class FilingOutcomeRule extends AbstractRecordRule<ListChange> {

    static final RuleDescriptor BEFORE_DECISION = RuleDescriptor.adjustable("FL-0301", Severity.ERROR, Stage.RULE,
            "0.1.0", FilingRules.ORDER, RecordKind.LIST_CHANGE);
    static final RuleDescriptor LATE = RuleDescriptor.adjustable("FL-0501", Severity.ERROR, Stage.RULE, "0.1.0",
            FilingRules.SEED, RecordKind.LIST_CHANGE);
    static final RuleDescriptor OVERDUE = RuleDescriptor.adjustable("FL-0502", Severity.ERROR, Stage.RULE, "0.1.0",
            FilingRules.SEED, RecordKind.LIST_CHANGE);
    static final RuleDescriptor DUE_SOON = RuleDescriptor.adjustable("FL-0503", Severity.WARNING, Stage.RULE, "0.1.0",
            FilingRules.SEED, RecordKind.LIST_CHANGE);
    static final RuleDescriptor UNCOUNTABLE = RuleDescriptor.adjustable("FL-0504", Severity.WARNING, Stage.RULE,
            "0.1.0", FilingRules.CALENDAR, RecordKind.LIST_CHANGE);

    private final Outcome outcome;

    /**
     * @param outcome an outcome that is a finding: late, before the decision, overdue, due soon or uncountable
     */
    FilingOutcomeRule(Outcome outcome) {
        super(ListChange.class, descriptor(outcome));
        this.outcome = outcome;
    }

    private static RuleDescriptor descriptor(Outcome outcome) {
        return switch (outcome) {
            case BEFORE_DECISION -> BEFORE_DECISION;
            case LATE -> LATE;
            case OVERDUE -> OVERDUE;
            case DUE_SOON -> DUE_SOON;
            case UNCOUNTABLE -> UNCOUNTABLE;
            case ON_TIME, PENDING, NOT_STARTED -> throw new IllegalArgumentException("not a finding: " + outcome);
        };
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
