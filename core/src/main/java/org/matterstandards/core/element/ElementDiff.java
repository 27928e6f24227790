package org.matterstandards.core.element;

import java.util.List;
import java.util.Objects;
import org.matterstandards.core.model.RecordKind;

/**
 * The element-by-element comparison of a local implementation item with the upstream item it claims (要素比对结果).
 *
 * @param upstreamKind the kind of the upstream record (catalogue item or implementation item)
 * @param upstreamTier the tier of the upstream item, from its task code; {@code null} when unknown (catalogue items
 *                     carry no task code)
 * @param localTier    the tier of the local item, from its task code; {@code null} when the code is invalid
 * @param changes      every element that differs, in catalogue order
 */
public record ElementDiff(RecordKind upstreamKind, Tier upstreamTier, Tier localTier, List<ElementChange> changes) {

    /** Validates and copies the components. */
    public ElementDiff {
        Objects.requireNonNull(upstreamKind, "upstreamKind");
        changes = List.copyOf(changes);
    }

    /**
     * The changes with one outcome.
     *
     * @param outcome the outcome
     * @return those changes, in catalogue order
     */
    public List<ElementChange> changes(Outcome outcome) {
        return changes.stream().filter(change -> change.outcome() == outcome).toList();
    }

    /**
     * Whether the claim goes the wrong way: both tiers are known and the upstream tier is not above the local one.
     *
     * @return {@code true} when the local item claims from its own tier or a lower one
     */
    public boolean claimsUpward() {
        return upstreamTier != null && localTier != null && !upstreamTier.isAbove(localTier);
    }
}
