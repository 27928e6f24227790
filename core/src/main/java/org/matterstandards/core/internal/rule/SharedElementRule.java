package org.matterstandards.core.internal.rule;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * Base class of a rule written once against {@link SharedElements} and registered for each record kind it checks
 * (one instance per kind, all sharing one descriptor).
 *
 * @param <T> the model type of this instance
 */
public abstract class SharedElementRule<T extends MatterRecord> extends AbstractRecordRule<T> {

    /**
     * @param recordType the model type of this instance
     * @param descriptor the rule's descriptor
     */
    protected SharedElementRule(Class<T> recordType, RuleDescriptor descriptor) {
        super(recordType, descriptor);
    }

    @Override
    public final void check(T record, RuleContext context) {
        check(SharedElements.of(record), context);
    }

    /**
     * Checks the shared elements of one record.
     *
     * @param elements the record's shared elements
     * @param context  the rule context
     */
    protected abstract void check(SharedElements elements, RuleContext context);
}
