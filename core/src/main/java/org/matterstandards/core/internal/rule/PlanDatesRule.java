package org.matterstandards.core.internal.rule;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * The planned effective date (计划生效日期) is not after the planned cancel date (计划取消日期): an item cannot be
 * cancelled before it takes effect. The same day is allowed.
 *
 * @param <T> the model type
 */
public final class PlanDatesRule<T extends MatterRecord> extends SharedElementRule<T> {

    /**
     * @param recordType the model type
     * @param descriptor the rule's descriptor (SM-0310 for implementation items, CT-0303 for catalogue items)
     */
    public PlanDatesRule(Class<T> recordType, RuleDescriptor descriptor) {
        super(recordType, descriptor);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (elements.planEffectiveDate() != null && elements.planCancelDate() != null
                && elements.planEffectiveDate().isAfter(elements.planCancelDate())) {
            report(context, "/planCancelDate", "planEffectiveDate", elements.planEffectiveDate(),
                    "planCancelDate", elements.planCancelDate());
        }
    }
}
