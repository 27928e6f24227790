package org.matterstandards.core.rule;

import org.matterstandards.core.model.MatterRecord;

/**
 * A rule that checks one record of one model type (单条记录规则). Implementations are stateless and thread-safe:
 * one instance serves every record of every thread.
 *
 * @param <T> the model type it checks
 */
public interface RecordRule<T extends MatterRecord> extends Rule {

    /** @return the model type this rule checks */
    Class<T> recordType();

    /**
     * Checks a record and reports what is wrong through {@link RuleContext#report}.
     *
     * @param record  the record, already bound and free of structural errors
     * @param context profile, reference data, as-of date and the finding sink of this record
     */
    void check(T record, RuleContext context);
}
