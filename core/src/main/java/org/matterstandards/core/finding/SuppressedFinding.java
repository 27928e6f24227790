package org.matterstandards.core.finding;

import java.util.Objects;

/**
 * A finding that a profile suppressed (被豁免的发现), with the suppression that did it, so that reports can still show
 * it with the profile's reason.
 *
 * @param finding     the finding as it would have been reported
 * @param suppression the profile's suppression, with its reason
 */
public record SuppressedFinding(Finding finding, Suppression suppression) {

    /** Validates the components. */
    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(suppression, "suppression");
    }
}
