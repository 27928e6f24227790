package org.matterstandards.core.rule;

import org.matterstandards.core.finding.ListFindingSink;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;

/**
 * A rule across the records of a run (跨记录规则): duplicates, links between lists (an implementation item's
 * intermediary services must be on the intermediary list), claims against an upstream list. The rule itself is
 * stateless; each run gets a fresh {@link Check} that sees every bound record once, in input order, then reports.
 */
public interface ListRule extends Rule {

    /**
     * Starts a check for one run.
     *
     * @param profile       the effective profile
     * @param referenceData the reference data
     * @return a new check; used by one thread
     */
    Check start(Profile profile, ReferenceData referenceData);

    /** The state of one run of a {@link ListRule}. Keep only what the rule needs: runs may be large. */
    interface Check {

        /**
         * Sees one record that bound without structural errors.
         *
         * @param ref    where the record is
         * @param record the record
         */
        void accept(RecordRef ref, MatterRecord record);

        /**
         * Reports the findings once every record has been seen.
         *
         * @param sink where findings go
         */
        void finish(ListFindingSink sink);
    }
}
