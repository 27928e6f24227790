package org.matterstandards.core.rule;

import java.util.Objects;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.MatterRecord;

/**
 * Base class for record rules: holds the descriptor and the model type and reports findings under the rule's own
 * code, so a rule body only says where and with which arguments.
 *
 * @param <T> the model type the rule checks
 */
public abstract class AbstractRecordRule<T extends MatterRecord> implements RecordRule<T> {

    private final Class<T> recordType;
    private final RuleDescriptor descriptor;

    /**
     * @param recordType the model type
     * @param descriptor the rule's descriptor
     */
    protected AbstractRecordRule(Class<T> recordType, RuleDescriptor descriptor) {
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    @Override
    public final Class<T> recordType() {
        return recordType;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Reports a finding of this rule.
     *
     * @param context        the rule context
     * @param pointer        JSON Pointer of the element
     * @param namesAndValues named arguments as alternating names and values
     */
    protected final void report(RuleContext context, String pointer, Object... namesAndValues) {
        context.report(descriptor.code(), pointer, Args.frozen(namesAndValues));
    }
}
