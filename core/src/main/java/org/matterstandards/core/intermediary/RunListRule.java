package org.matterstandards.core.intermediary;

import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * Base of this package's list rules: holds the descriptor, starts a fresh {@link RunCheck} per run, and reports what
 * the check found under the rule's own code once every record has been seen.
 */
abstract class RunListRule implements ListRule {

    private final RuleDescriptor descriptor;

    RunListRule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final Check start(Profile profile, ReferenceData referenceData) {
        return newCheck(profile, referenceData);
    }

    /**
     * A finding of this rule on a record of the run, kept until the run ends.
     *
     * @param ref       the record it is about
     * @param pointer   JSON Pointer inside that record
     * @param arguments named message arguments
     * @return the pending finding
     */
    final PendingFinding found(RecordRef ref, String pointer, Map<String, Object> arguments) {
        return new PendingFinding(ref, new UnrenderedFinding(descriptor.code(), pointer, arguments));
    }

    /**
     * Starts one run.
     *
     * @param profile       the run's profile, which selects code tables
     * @param referenceData the run's reference data
     * @return the state of the run
     */
    abstract RunCheck newCheck(Profile profile, ReferenceData referenceData);

    /** The state of one run: sees the records, then lists its findings. */
    abstract class RunCheck implements Check {

        /** @return the findings, in the order they should be reported */
        abstract List<PendingFinding> findings();

        @Override
        public final void finish(ListFindingSink sink) {
            PendingFinding.reportAll(findings(), sink);
        }
    }
}
