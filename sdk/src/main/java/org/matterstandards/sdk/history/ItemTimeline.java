package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.sdk.ValidationResult;

/**
 * The versions of one item while the history is being built (事项时间线): mutable, used by one builder on one thread,
 * frozen into an {@link ItemHistory} at the end.
 */
final class ItemTimeline {

    final String key;
    final List<ItemVersion> versions = new ArrayList<>();
    LocalDate cancelledOn;
    /** Decision date of a 新增/变更 not yet seen in a snapshot: the next version's effective date. */
    LocalDate pendingStart;
    /** Some 取消 record (or a record in state 取消) covers the item. */
    boolean cancelRecorded;
    /** The snapshot result after which the item was missing, when it left the list without a record. */
    LocalDate vanishedOn;
    ItemVersion vanishedFrom;

    ItemTimeline(String key) {
        this.key = key;
    }

    ItemState stateOn(LocalDate date) {
        return freeze().stateOn(date);
    }

    ItemVersion last() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** Adds the version a snapshot shows; a draft revised before it took effect is replaced, not closed. */
    void add(ImplementationItem item, LocalDate validFrom, LocalDate observedOn, ValidationResult result) {
        ItemVersion last = last();
        if (last != null) {
            if (last.draftOn(observedOn)) {
                versions.remove(versions.size() - 1);
            } else {
                versions.set(versions.size() - 1, last.closedOn(validFrom));
            }
        }
        versions.add(new ItemVersion(key, item, validFrom, null, observedOn, result.location(), result.index()));
        pendingStart = null;
    }

    void cancel(LocalDate date) {
        cancelledOn = date;
        ItemVersion last = last();
        if (last != null && (last.validTo() == null || last.validTo().isAfter(date))) {
            versions.set(versions.size() - 1, last.closedOn(date));
        }
    }

    ItemHistory freeze() {
        return new ItemHistory(key, versions, cancelledOn);
    }
}
