package org.matterstandards.sdk.tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.matterstandards.core.element.ChangeSet;
import org.matterstandards.core.element.ClaimCheck;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.sdk.ValidationResult;

/**
 * The result of checking a local list against its upstream list (认领核对结果): one {@link ValidationResult} per
 * record of either file, carrying the structural findings that kept a record from being compared and the
 * {@code EL} findings; the list check itself; and the change set to submit.
 *
 * @param profile          the effective profile
 * @param locale           the language of the messages
 * @param upstreamSource   the upstream file or source name
 * @param localSource      the local file or source name
 * @param upstream         one result per upstream record, in input order
 * @param local            one result per local record, in input order
 * @param claims           the list check: claims and their element comparisons, unclaimed items, duplicates
 * @param changeSet        the changes that need 审核 or 备案
 */
public record TierDiffResult(
        Profile profile,
        Locale locale,
        String upstreamSource,
        String localSource,
        List<ValidationResult> upstream,
        List<ValidationResult> local,
        ClaimCheck.Result claims,
        ChangeSet changeSet) {

    /** Validates and copies the components. */
    public TierDiffResult {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        upstream = List.copyOf(upstream);
        local = List.copyOf(local);
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(changeSet, "changeSet");
    }

    /** @return the results of both files, local records first (they are the subject), then upstream records */
    public List<ValidationResult> results() {
        List<ValidationResult> all = new ArrayList<>(local);
        all.addAll(upstream);
        return all;
    }

    /**
     * Whether any finding of either file reaches a severity.
     *
     * @param threshold the severity
     * @return {@code true} when one does
     */
    public boolean hasAtLeast(Severity threshold) {
        return results().stream().anyMatch(result -> result.hasAtLeast(threshold));
    }
}
