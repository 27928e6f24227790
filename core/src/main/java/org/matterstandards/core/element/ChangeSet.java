package org.matterstandards.core.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matterstandards.core.finding.RecordRef;
import org.matterstandards.core.model.ImplementationItem;

/**
 * The change set (变更清单): every element change of a local list that needs 审核 (review) or 备案 (filing) — what a
 * district submits with its list. Changes that are errors (a LOCKED element changed, a NARROW_ONLY element widened)
 * are not in it: they must be undone, not submitted. Narrowings and FREE changes need no route and are not in it
 * either. Its JSON form is described in {@code docs/change-set.md}.
 *
 * @param items the local items with at least one routed change, in local order
 */
public record ChangeSet(List<Item> items) {

    /** Copies the items. */
    public ChangeSet {
        items = List.copyOf(items);
    }

    /**
     * One local item and its routed changes.
     *
     * @param local           where the local item is
     * @param upstream        where the claimed upstream item is
     * @param taskCode        the local 实施编码
     * @param taskHandleItem  the local 业务办理项编码, may be {@code null}
     * @param catalogCode     the 基本编码
     * @param taskName        the 事项名称
     * @param reviewReference the local item's 审核 reference, may be {@code null}
     * @param filingReference the local item's 备案 reference, may be {@code null}
     * @param changes         the routed changes, in catalogue order
     */
    public record Item(RecordRef local, RecordRef upstream, String taskCode, String taskHandleItem,
                       String catalogCode, String taskName, String reviewReference, String filingReference,
                       List<Change> changes) {
        /** Copies the changes. */
        public Item {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(upstream, "upstream");
            changes = List.copyOf(changes);
        }
    }

    /**
     * One routed change.
     *
     * @param change    the element change (element, pointer, old and new value, outcome, reason)
     * @param route     审核 or 备案
     * @param reference the item's reference for that route, {@code null} when it has none
     */
    public record Change(ElementChange change, Route route, String reference) {
        /** Validates the components. */
        public Change {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(route, "route");
            reference = reference == null || reference.isBlank() ? null : reference.strip();
        }

        /** @return {@code true} when the item carries the reference this route needs */
        public boolean covered() {
            return reference != null;
        }
    }

    /**
     * The change set of a list check.
     *
     * @param result the list check's result
     * @return its routed changes
     */
    public static ChangeSet of(ClaimCheck.Result result) {
        List<Item> items = new ArrayList<>();
        for (ClaimCheck.Claim claim : result.claims()) {
            ImplementationItem local = claim.localItem();
            List<Change> changes = new ArrayList<>();
            for (ElementChange change : claim.diff().changes()) {
                change.route().ifPresent(route -> changes.add(new Change(change, route,
                        route == Route.REVIEW ? local.reviewReference() : local.filingReference())));
            }
            if (!changes.isEmpty()) {
                items.add(new Item(claim.local().ref(), claim.upstream().ref(), local.taskCode(),
                        local.taskHandleItem(), local.catalogCode(), local.taskName(), local.reviewReference(),
                        local.filingReference(), changes));
            }
        }
        return new ChangeSet(items);
    }

    /** @return the number of routed changes */
    public int size() {
        return items.stream().mapToInt(item -> item.changes().size()).sum();
    }

    /**
     * Counts the changes of one route.
     *
     * @param route the route
     * @return the number of changes
     */
    public long count(Route route) {
        return items.stream().flatMap(item -> item.changes().stream()).filter(change -> change.route() == route)
                .count();
    }

    /** @return the number of changes whose item carries the reference their route needs */
    public long coveredCount() {
        return items.stream().flatMap(item -> item.changes().stream()).filter(Change::covered).count();
    }

    /** @return {@code true} when nothing needs a route */
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
