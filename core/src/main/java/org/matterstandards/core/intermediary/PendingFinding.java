package org.matterstandards.core.intermediary;

import java.util.List;
import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.UnrenderedFinding;

/**
 * A finding of a list rule, kept until the rule's check finishes (待报告的跨记录发现).
 *
 * @param ref     the record it is about
 * @param finding the rule's code, the JSON Pointer inside that record and the message arguments
 */
record PendingFinding(RecordRef ref, UnrenderedFinding finding) {

    /**
     * Reports findings in the order they were found.
     *
     * @param findings the findings
     * @param sink     where they go
     */
    static void reportAll(List<PendingFinding> findings, ListFindingSink sink) {
        for (PendingFinding pending : findings) {
            UnrenderedFinding finding = pending.finding();
            sink.report(pending.ref(), finding.code(), finding.pointer(), finding.arguments());
        }
    }
}
