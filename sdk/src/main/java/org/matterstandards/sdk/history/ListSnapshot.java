package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.matterstandards.sdk.ValidationResult;

/**
 * The implementation list as published on one date (清单快照).
 *
 * @param date    the date the snapshot shows
 * @param source  where it comes from (a file name)
 * @param records the validated records, in file order; only bound implementation items without structural errors
 *                take part in the history
 */
public record ListSnapshot(LocalDate date, String source, List<ValidationResult> records) {

    /** Checks and copies the components. */
    public ListSnapshot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        records = List.copyOf(records);
    }
}
