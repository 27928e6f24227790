package org.matterstandards.core.element;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element whose local value differs from the upstream value (要素变更).
 *
 * @param element       the element, with the mode in force (after the profile)
 * @param pointer       JSON Pointer into the local record; for an upstream list entry missing locally, the list
 * @param upstreamValue the upstream value as in the model ({@code String}, {@code Integer}, {@code Boolean}, a list,
 *                      a child record), {@code null} when absent
 * @param localValue    the local value, {@code null} when absent
 * @param outcome       how the change is judged
 * @param reason        what exactly changed
 * @param items         the entries, values or clauses added or removed, when the reason is about some of them;
 *                      empty otherwise
 */
public record ElementChange(
        Element element,
        String pointer,
        Object upstreamValue,
        Object localValue,
        Outcome outcome,
        ChangeReason reason,
        List<String> items) {

    /** Validates and copies the components. */
    public ElementChange {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @return the route the change needs: REVIEW, FILING, or empty when it needs none (or is an error) */
    public Optional<Route> route() {
        return outcome.route();
    }
}
