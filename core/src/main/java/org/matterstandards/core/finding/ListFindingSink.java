package org.matterstandards.core.finding;

import java.util.Map;

/**
 * Receives the findings of a {@link org.matterstandards.core.rule.ListRule} (跨记录发现), each attached to one record
 * of the run.
 */
@FunctionalInterface
public interface ListFindingSink {

    /**
     * Reports a finding on a record.
     *
     * @param record    the record the finding is about
     * @param code      the rule code
     * @param pointer   JSON Pointer inside that record
     * @param arguments named message arguments
     */
    void report(RecordRef record, String code, String pointer, Map<String, ?> arguments);
}
