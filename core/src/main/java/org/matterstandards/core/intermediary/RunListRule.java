package org.matterstandards.core.intermediary;

import java.util.List;
import org.matterstandards.core.finding.ListFindingSink;
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
            PendingFinding.reportAll(findings(), descriptor.code(), sink);
        }
    }
}
