package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The life of one list item (事项历史): its versions in order and, once cancelled, the cancellation date.
 *
 * @param key         the item's identifier on the list
 * @param versions    the versions, oldest first
 * @param cancelledOn 取消日期, {@code null} while the item is not cancelled
 */
public record ItemHistory(String key, List<ItemVersion> versions, LocalDate cancelledOn) {

    /** Copies the versions. */
    public ItemHistory {
        versions = List.copyOf(versions);
    }

    /**
     * @param date a date
     * @return the version in force on that date
     */
    public Optional<ItemVersion> inForceOn(LocalDate date) {
        return versions.stream().filter(version -> version.inForceOn(date)).findFirst();
    }

    /**
     * @param date a date
     * @return the state of the item on that date
     */
    public ItemState stateOn(LocalDate date) {
        if (cancelledOn != null && !date.isBefore(cancelledOn)) {
            return ItemState.CANCELLED;
        }
        if (inForceOn(date).isPresent()) {
            return ItemState.IN_FORCE;
        }
        return versions.stream().anyMatch(version -> version.draftOn(date)) ? ItemState.DRAFT : ItemState.ABSENT;
    }

    /** @return the name of the latest version (事项名称) */
    public String name() {
        return versions.isEmpty() ? key : versions.get(versions.size() - 1).item().taskName();
    }
}
