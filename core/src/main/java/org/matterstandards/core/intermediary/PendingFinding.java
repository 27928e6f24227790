package org.matterstandards.core.intermediary;

import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.finding.RecordRef;

/**
 * A finding of a list rule, kept until the rule's check finishes (待报告的跨记录发现).
 *
 * @param ref       the record it is about
 * @param pointer   JSON Pointer inside that record
 * @param arguments named message arguments
 */
record PendingFinding(RecordRef ref, String pointer, Map<String, Object> arguments) {

    /**
     * Reports findings in the order they were found.
     *
     * @param findings the findings
     * @param code     the rule code
     * @param sink     where they go
     */
    static void reportAll(List<PendingFinding> findings, String code, ListFindingSink sink) {
        for (PendingFinding finding : findings) {
            sink.report(finding.ref(), code, finding.pointer(), finding.arguments());
        }
    }
}
