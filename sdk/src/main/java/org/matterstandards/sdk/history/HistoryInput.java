package org.matterstandards.sdk.history;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a list history (历史输入): a list snapshot with the date it shows, or a file of list changes (whose
 * records carry their own dates).
 *
 * @param file the file
 * @param date the snapshot date, or {@code null} to take it from the file name ({@code …2026-11-30….json}) or for a
 *             file of list changes
 */
public record HistoryInput(Path file, LocalDate date) {

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Checks the file. */
    public HistoryInput {
        Objects.requireNonNull(file, "file");
    }

    /**
     * @param file a file whose name may hold its date
     * @return the input, dated from its name when the name holds one
     */
    public static HistoryInput of(Path file) {
        return new HistoryInput(file, null);
    }

    /** @return the date given, else the first valid {@code yyyy-MM-dd} in the file name */
    public Optional<LocalDate> snapshotDate() {
        if (date != null) {
            return Optional.of(date);
        }
        Path name = file.getFileName();
        Matcher matcher = DATE_IN_NAME.matcher(name == null ? "" : name.toString());
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                // not a date (2026-13-45): look further along the name
            }
        }
        return Optional.empty();
    }
}
