package org.matterstandards.core.intermediary;

import java.time.LocalDate;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/** The dates of a list change follow the order the steps happen in (日期先后): FL-0302 and FL-0303. */
final class FilingOrderRules {

    private FilingOrderRules() {
    }

    /** FL-0302: the filing reports an adjustment, so it does not come before the adjustments it reports. */
    static final class FiledBeforeAdjusted extends AbstractRecordRule<ListChange> {

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("FL-0302", Severity.WARNING,
                Stage.RULE, "0.1.0", FilingRules.ORDER, RecordKind.LIST_CHANGE);

        FiledBeforeAdjusted() {
            super(ListChange.class, DESCRIPTOR);
        }

        @Override
        public void check(ListChange change, RuleContext context) {
            LocalDate filed = change.filedDate();
            if (filed == null) {
                return;
            }
            for (FilingStep step : FilingStep.values()) {
                LocalDate adjusted = step == FilingStep.FILING || !step.appliesTo(change) ? null : step.date(change);
                if (adjusted != null && filed.isBefore(adjusted)) {
                    report(context, FilingStep.FILING.pointer(), "label", FilingStep.FILING.element(),
                            "filedDate", filed, "adjustedLabel", step.element(), "adjustedDate", adjusted);
                }
            }
        }
    }

    /** FL-0303: a step cannot have been completed after the date the check is made for. */
    static final class DoneAfterAsOf extends AbstractRecordRule<ListChange> {

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("FL-0303", Severity.WARNING,
                Stage.RULE, "0.1.0", FilingRules.ORDER, RecordKind.LIST_CHANGE);

        DoneAfterAsOf() {
            super(ListChange.class, DESCRIPTOR);
        }

        @Override
        public void check(ListChange change, RuleContext context) {
            for (FilingStep step : FilingStep.values()) {
                LocalDate done = step.date(change);
                if (done != null && done.isAfter(context.asOf())) {
                    report(context, step.pointer(), "label", step.element(), "date", done, "asOf", context.asOf());
                }
            }
        }
    }
}
