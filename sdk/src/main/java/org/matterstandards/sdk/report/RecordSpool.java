package org.matterstandards.sdk.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.io.internal.SpoolStrings;

/**
 * The records of a report kept in a temporary file instead of in memory (记录暂存文件), so that the memory of a run
 * does not grow with its input: each entry is written as it is added and read back, in order, each time a report
 * is written. An entry comes back with everything reports show (file, index, id, kind, location, skipped stages, and
 * of each finding its code, severity, pointer, record index and id, message key, message and location); the message
 * arguments of a finding are not kept and come back empty. Not thread-safe.
 */
final class RecordSpool implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final DataOutputStream out;
    private long count;

    /**
     * @param directory where the temporary file is made (beside the report it is for, so that a large run fills
     *                  that disk rather than a memory-backed {@code /tmp})
     * @throws UncheckedIOException when the file cannot be created
     */
    RecordSpool(Path directory) {
        try {
            this.file = Files.createTempFile(directory, ".matter-report-", ".spool");
            file.toFile().deleteOnExit();
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param entry appended at the end */
    void add(ValidationReport.RecordEntry entry) {
        try {
            writeEntry(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /**
     * The entries added so far, in order, read from the file while iterating (each iteration reads it anew).
     *
     * @param change applied to each entry before it is handed on: the report attaches list findings here
     * @return the entries
     */
    Iterable<ValidationReport.RecordEntry> entries(EntryChange change) {
        return () -> count == 0 ? Collections.emptyIterator() : new Reading(change, count);
    }

    /** Changes an entry read back at its position. */
    @FunctionalInterface
    interface EntryChange {
        /**
         * @param position 0-based position in the report
         * @param entry    the entry as added
         * @return the entry to hand on
         */
        ValidationReport.RecordEntry apply(long position, ValidationReport.RecordEntry entry);
    }

    /** An iterator over the file; closes it after the last entry. */
    private final class Reading implements Iterator<ValidationReport.RecordEntry> {
        private final EntryChange change;
        private final DataInputStream in;
        private final long end;
        private long position;

        Reading(EntryChange change, long end) {
            this.change = change;
            this.end = end;
            try {
                out.flush();
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return position < end;
        }

        @Override
        public ValidationReport.RecordEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                ValidationReport.RecordEntry entry = change.apply(position, readEntry(in));
                if (++position == end) {
                    in.close();
                }
                return entry;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes the temporary file. */
    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEntry(ValidationReport.RecordEntry entry) throws IOException {
        ValidationResult result = entry.result();
        SpoolStrings.write(out, entry.file());
        out.writeLong(result.index());
        SpoolStrings.write(out, result.recordId());
        out.writeByte(result.kind() == null ? -1 : result.kind().ordinal());
        writeLocation(result.location());
        out.writeInt(result.findings().size());
        for (Finding finding : result.findings()) {
            writeFinding(finding);
        }
        out.writeInt(result.suppressed().size());
        for (SuppressedFinding suppressed : result.suppressed()) {
            writeFinding(suppressed.finding());
            Suppression suppression = suppressed.suppression();
            SpoolStrings.write(out, suppression.code());
            SpoolStrings.write(out, suppression.pointerPrefix());
            SpoolStrings.write(out, suppression.reason());
            SpoolStrings.write(out, suppression.profileName());
        }
        out.writeInt(result.skippedStages().size());
        for (Stage stage : result.skippedStages()) {
            out.writeByte(stage.ordinal());
        }
    }

    private static ValidationReport.RecordEntry readEntry(DataInputStream in) throws IOException {
        String file = SpoolStrings.read(in);
        long index = in.readLong();
        String recordId = SpoolStrings.read(in);
        byte kind = in.readByte();
        SourceLocation location = readLocation(in);
        List<Finding> findings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            findings.add(readFinding(in));
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            Finding finding = readFinding(in);
            Suppression suppression = new Suppression(SpoolStrings.read(in), SpoolStrings.read(in),
                    SpoolStrings.read(in), SpoolStrings.read(in));
            suppressed.add(new SuppressedFinding(finding, suppression));
        }
        List<Stage> skipped = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            skipped.add(Stage.values()[in.readByte()]);
        }
        return new ValidationReport.RecordEntry(file, new ValidationResult(index, recordId,
                kind < 0 ? null : RecordKind.values()[kind], location, findings, suppressed, skipped, null));
    }

    private void writeFinding(Finding finding) throws IOException {
        SpoolStrings.write(out, finding.code());
        out.writeByte(finding.severity().ordinal());
        SpoolStrings.write(out, finding.pointer());
        out.writeLong(finding.recordIndex());
        SpoolStrings.write(out, finding.recordId());
        SpoolStrings.write(out, finding.messageKey());
        SpoolStrings.write(out, finding.message());
        writeLocation(finding.location());
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        String code = SpoolStrings.read(in);
        Severity severity = Severity.values()[in.readByte()];
        String pointer = SpoolStrings.read(in);
        long recordIndex = in.readLong();
        String recordId = SpoolStrings.read(in);
        String messageKey = SpoolStrings.read(in);
        String message = SpoolStrings.read(in);
        return new Finding(code, severity, pointer, recordIndex, recordId, messageKey, Map.of(), message,
                readLocation(in));
    }

    private void writeLocation(SourceLocation location) throws IOException {
        SpoolStrings.write(out, location.file());
        SpoolStrings.write(out, location.sheet());
        out.writeLong(location.line());
        out.writeLong(location.column());
        SpoolStrings.write(out, location.columnLabel());
    }

    private static SourceLocation readLocation(DataInputStream in) throws IOException {
        String file = SpoolStrings.read(in);
        String sheet = SpoolStrings.read(in);
        long line = in.readLong();
        long column = in.readLong();
        return new SourceLocation(file, sheet, line, column, SpoolStrings.read(in));
    }
}
