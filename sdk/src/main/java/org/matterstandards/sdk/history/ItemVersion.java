package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.Objects;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.ImplementationItem;

/**
 * One version of a list item (事项版本) and the dates it is valid: from {@code validFrom} (生效) up to, not including,
 * {@code validTo} (失效; {@code null} while open).
 *
 * @param key        the item's identifier on the list (业务办理项编码, else 实施编码)
 * @param item       the item as the snapshot lists it
 * @param validFrom  生效日期: the planned effective date, else the decision date of the 新增/变更 that led to it,
 *                   else the date of the first snapshot that shows it
 * @param validTo    失效日期 (exclusive): the next version's effective date or the cancellation date; {@code null}
 *                   while the version is open
 * @param observedOn date of the first snapshot that shows this version
 * @param location   where that snapshot holds it (file, line)
 * @param index      the record's 0-based index in that file
 */
public record ItemVersion(String key, ImplementationItem item, LocalDate validFrom, LocalDate validTo,
                          LocalDate observedOn, SourceLocation location, long index) {

    /** Checks the required components. */
    public ItemVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(observedOn, "observedOn");
        location = Objects.requireNonNullElse(location, SourceLocation.UNKNOWN);
    }

    /** @return 事项版本 (TASK_VERSION), 0 when the record has none */
    public int taskVersion() {
        return item.taskVersion() == null ? 0 : item.taskVersion();
    }

    /**
     * @param date a date
     * @return whether this version is in force on it
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /**
     * @param date a date
     * @return whether the list already showed this version on that date although it was not yet in force
     */
    public boolean draftOn(LocalDate date) {
        return !date.isBefore(observedOn) && date.isBefore(validFrom);
    }

    ItemVersion closedOn(LocalDate date) {
        LocalDate end = date.isBefore(validFrom) ? validFrom : date;
        return new ItemVersion(key, item, validFrom, end, observedOn, location, index);
    }
}
