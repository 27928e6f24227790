package org.matterstandards.sdk.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.Batch;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.Versions;
import org.matterstandards.sdk.stats.Statistics;
import org.matterstandards.sdk.stats.StatisticsReport;

/**
 * The report of one validation run over one or more files (校验报告): a summary with counts by severity, by rule and
 * by kind, the statistics of the records, and one entry per input record. Built by adding results as they stream
 * in; not thread-safe.
 *
 * <p>Entries keep each record's findings but not its bound model object, so that a run of 100,000 records stays
 * small in memory; the statistics are computed from the model as each result is added. For runs of any size,
 * {@link #builder} makes a report whose memory does not grow with the input: one that keeps its records in a
 * temporary file ({@link Builder#spoolRecordsIn}) or only counts them ({@link Builder#withoutRecords}). Close a
 * report that spools, to remove its file.
 */
public final class ValidationReport implements AutoCloseable {

    /**
     * One input file of the run.
     *
     * @param file    the file name
     * @param kind    the detected or given kind, {@code null} when unknown
     * @param records number of records read
     * @param error   why the file could not be read as a whole, {@code null} when it could
     */
    public record FileEntry(String file, RecordKind kind, long records, String error) {
    }

    /**
     * One record of the run.
     *
     * @param file   the file it came from
     * @param result its validation result, without the bound model object
     */
    public record RecordEntry(String file, ValidationResult result) {
    }

    /**
     * The findings of one rule in the run (按规则汇总).
     *
     * @param code     the rule code
     * @param severity the most severe effective severity among its findings
     * @param findings number of findings
     * @param records  number of records with at least one of them
     */
    public record RuleCount(String code, Severity severity, long findings, long records) {
    }

    private final Profile profile;
    private final LocalDate asOf;
    private final String locale;
    private final Instant startedAt;
    private final List<FileEntry> files = new ArrayList<>();
    /** The records in memory; {@code null} when they are spooled or not kept. */
    private final List<RecordEntry> records;
    /** The records in a temporary file; {@code null} unless spooled. */
    private final RecordSpool spool;
    /** What list findings need of records not kept in memory; {@code null} when they are. */
    private final RecordIndex index;
    /** List findings of records not kept in memory, by position, attached when the records are read back. */
    private final Map<Long, List<Batch.ListFinding>> attached = new HashMap<>();
    private long recordCount;
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, long[]> byCode = new TreeMap<>();
    private final Map<String, Severity> severityByCode = new TreeMap<>();
    private final Map<RecordKind, Long> byKind = new EnumMap<>(RecordKind.class);
    private final Map<Stage, Long> skipped = new EnumMap<>(Stage.class);
    private final Statistics statistics;
    private final ReferenceData referenceData;
    private long valid;
    private long suppressed;
    private long unknownKind;
    private Duration duration = Duration.ZERO;

    /**
     * A report whose statistics use the reference data the profile asks for, read now
     * ({@link ReferenceData#forProfile}); prefer the other constructor with the validator's data.
     *
     * @param profile   the effective profile
     * @param asOf      the as-of date of the checks
     * @param locale    language tag of the messages
     * @param startedAt when the run started
     * @throws org.matterstandards.core.reference.ReferenceFileException when a file the profile names cannot be used
     */
    public ValidationReport(Profile profile, LocalDate asOf, String locale, Instant startedAt) {
        this(profile, ReferenceData.forProfile(profile), asOf, locale, startedAt);
    }

    /**
     * A report whose statistics and versions use the given reference data (the validator's
     * {@link org.matterstandards.sdk.MatterValidator#referenceData()}).
     *
     * @param profile       the effective profile
     * @param referenceData the reference data the records were checked with
     * @param asOf          the as-of date of the checks
     * @param locale        language tag of the messages
     * @param startedAt     when the run started
     */
    public ValidationReport(Profile profile, ReferenceData referenceData, LocalDate asOf, String locale,
                            Instant startedAt) {
        this(builder(profile, referenceData, asOf, locale, startedAt));
    }

    private ValidationReport(Builder builder) {
        this.profile = builder.profile;
        this.referenceData = Objects.requireNonNull(builder.referenceData, "referenceData");
        this.asOf = builder.asOf;
        this.locale = builder.locale;
        this.startedAt = builder.startedAt;
        this.statistics = builder.statistics ? Statistics.forProfile(profile, referenceData, asOf) : null;
        this.records = builder.keepRecords && builder.spoolDirectory == null ? new ArrayList<>() : null;
        this.spool = builder.keepRecords && builder.spoolDirectory != null ? new RecordSpool(builder.spoolDirectory)
                : null;
        this.index = records == null ? new RecordIndex() : null;
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
    }

    /**
     * Starts a report that may keep its records elsewhere than in memory, or not at all.
     *
     * @param profile       the effective profile
     * @param referenceData the reference data the records were checked with
     * @param asOf          the as-of date of the checks
     * @param locale        language tag of the messages
     * @param startedAt     when the run started
     * @return a builder of a report like the constructor's: records in memory, with statistics
     */
    public static Builder builder(Profile profile, ReferenceData referenceData, LocalDate asOf, String locale,
                                  Instant startedAt) {
        return new Builder(profile, referenceData, asOf, locale, startedAt);
    }

    /** Builds a {@link ValidationReport} (报告的保存方式): where records are kept, and whether statistics are made. */
    public static final class Builder {
        private final Profile profile;
        private final ReferenceData referenceData;
        private final LocalDate asOf;
        private final String locale;
        private final Instant startedAt;
        private boolean keepRecords = true;
        private Path spoolDirectory;
        private boolean statistics = true;

        private Builder(Profile profile, ReferenceData referenceData, LocalDate asOf, String locale,
                        Instant startedAt) {
            this.profile = profile;
            this.referenceData = referenceData;
            this.asOf = asOf;
            this.locale = locale;
            this.startedAt = startedAt;
        }

        /**
         * Keeps the records in a temporary file in a folder instead of in memory; the report writers read them
         * back from it. A record read back has everything the reports show, but its findings' message arguments
         * are empty. {@link ValidationReport#close()} removes the file.
         *
         * @param directory the folder (beside the report to write is a good place: it needs about as much room)
         * @return this builder
         */
        public Builder spoolRecordsIn(Path directory) {
            this.spoolDirectory = Objects.requireNonNull(directory, "directory");
            this.keepRecords = true;
            return this;
        }

        /**
         * Keeps no records, only the counts: for a run that reports its summary but writes no report file.
         * {@link ValidationReport#records()} and the report writers then refuse the report.
         *
         * @return this builder
         */
        public Builder withoutRecords() {
            this.keepRecords = false;
            this.spoolDirectory = null;
            return this;
        }

        /**
         * Makes no statistics (a run that only counts findings saves their cost);
         * {@link ValidationReport#statistics()} then refuses the report.
         *
         * @return this builder
         */
        public Builder withoutStatistics() {
            this.statistics = false;
            return this;
        }

        /**
         * @return the report
         * @throws java.io.UncheckedIOException when the spool file cannot be created
         */
        public ValidationReport build() {
            return new ValidationReport(this);
        }
    }

    /**
     * Adds a record result.
     *
     * @param file   the file it came from
     * @param result the result
     */
    public void add(String file, ValidationResult result) {
        if (statistics != null) {
            statistics.accept(result);
        }
        RecordEntry entry = new RecordEntry(file, result.record() == null ? result : withoutModel(result));
        if (records != null) {
            records.add(entry);
        } else {
            index.add(file, result);
            if (spool != null) {
                spool.add(entry);
            }
        }
        recordCount++;
        if (result.valid()) {
            valid++;
        }
        suppressed += result.suppressed().size();
        if (result.kind() == null) {
            unknownKind++;
        } else {
            byKind.merge(result.kind(), 1L, Long::sum);
        }
        for (Stage stage : result.skippedStages()) {
            skipped.merge(stage, 1L, Long::sum);
        }
        Set<String> codesOfRecord = new HashSet<>();
        for (Finding finding : result.findings()) {
            count(finding, codesOfRecord.add(finding.code()));
        }
    }

    /** Counts one finding by severity and by rule; {@code newForRecord} when its record had no finding of that code. */
    private void count(Finding finding, boolean newForRecord) {
        bySeverity.merge(finding.severity(), 1L, Long::sum);
        long[] counts = byCode.computeIfAbsent(finding.code(), code -> new long[2]);
        counts[0]++;
        if (newForRecord) {
            counts[1]++;
        }
        severityByCode.merge(finding.code(), finding.severity(), (a, b) -> a.isAtLeast(b) ? a : b);
    }

    private static ValidationResult withoutModel(ValidationResult result) {
        return new ValidationResult(result.index(), result.recordId(), result.kind(), result.location(),
                result.findings(), result.suppressed(), result.skippedStages(), null);
    }

    /**
     * Attaches the findings of list rules to their records and counts them.
     *
     * @param listFindings the findings from {@link org.matterstandards.sdk.Batch#finish()}
     */
    public void addListFindings(List<Batch.ListFinding> listFindings) {
        if (records == null) {
            addListFindingsToIndex(listFindings);
            return;
        }
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            RecordEntry entry = records.get(i);
            positions.put(key(entry.file(), entry.result().index()), i);
        }
        for (Batch.ListFinding listFinding : listFindings) {
            Integer position = positions.get(key(listFinding.record().file(), listFinding.record().index()));
            if (position == null) {
                throw new IllegalArgumentException("list finding for a record not in this report: " + listFinding.record());
            }
            RecordEntry entry = records.get(position);
            boolean wasValid = entry.result().valid();
            Finding finding = listFinding.finding();
            ValidationResult updated = listFinding.suppressed()
                    ? entry.result().withMoreFindings(List.of(), List.of(
                            new SuppressedFinding(finding, listFinding.suppression())))
                    : entry.result().withMoreFindings(List.of(finding), List.of());
            records.set(position, new RecordEntry(entry.file(), updated));
            if (listFinding.suppressed()) {
                suppressed++;
                continue;
            }
            boolean newForRecord = entry.result().findings().stream().noneMatch(f -> f.code().equals(finding.code()));
            count(finding, newForRecord);
            if (wasValid && !updated.valid()) {
                valid--;
            }
        }
    }

    /** The same counting as with records in memory, from the index; the findings wait for the records' reading. */
    private void addListFindingsToIndex(List<Batch.ListFinding> listFindings) {
        for (Batch.ListFinding listFinding : listFindings) {
            int position = index.position(listFinding.record().file(), listFinding.record().index());
            if (position < 0) {
                throw new IllegalArgumentException("list finding for a record not in this report: " + listFinding.record());
            }
            attached.computeIfAbsent((long) position, key -> new ArrayList<>()).add(listFinding);
            if (listFinding.suppressed()) {
                suppressed++;
                continue;
            }
            Finding finding = listFinding.finding();
            boolean wasValid = index.valid(position);
            count(finding, !index.hasCode(position, finding.code()));
            index.addFinding(position, finding);
            if (wasValid && !index.valid(position)) {
                valid--;
            }
        }
    }

    /** A spooled record as read back, with the list findings attached to it (as {@link #addListFindings} does). */
    private RecordEntry withAttached(long position, RecordEntry entry) {
        List<Batch.ListFinding> listFindings = attached.get(position);
        if (listFindings == null) {
            return entry;
        }
        ValidationResult result = entry.result();
        for (Batch.ListFinding listFinding : listFindings) {
            result = listFinding.suppressed()
                    ? result.withMoreFindings(List.of(), List.of(
                            new SuppressedFinding(listFinding.finding(), listFinding.suppression())))
                    : result.withMoreFindings(List.of(listFinding.finding()), List.of());
        }
        return new RecordEntry(entry.file(), result);
    }

    private static String key(String file, long index) {
        return file + '\u0000' + index;
    }

    /**
     * Records a file of the run.
     *
     * @param entry the file entry
     */
    public void addFile(FileEntry entry) {
        files.add(entry);
    }

    /**
     * Marks the run as finished.
     *
     * @param finishedAt when it finished
     */
    public void finish(Instant finishedAt) {
        this.duration = Duration.between(startedAt, finishedAt);
    }

    /** @return the profile */
    public Profile profile() {
        return profile;
    }

    /** @return the as-of date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the message language tag */
    public String locale() {
        return locale;
    }

    /** @return when the run started */
    public Instant startedAt() {
        return startedAt;
    }

    /** @return how long the run took */
    public Duration duration() {
        return duration;
    }

    /** @return the files, in order */
    public List<FileEntry> files() {
        return List.copyOf(files);
    }

    /**
     * The records. A report that spools reads them all back into memory here; the report writers read them one at
     * a time instead.
     *
     * @return the records, in input order (read-only)
     * @throws IllegalStateException when the report keeps no records ({@link Builder#withoutRecords})
     */
    public List<RecordEntry> records() {
        if (records != null) {
            return Collections.unmodifiableList(records);
        }
        List<RecordEntry> all = new ArrayList<>();
        eachRecord().forEach(all::add);
        return Collections.unmodifiableList(all);
    }

    /**
     * The records one at a time, in input order, for the writers: from memory, or read back from the spool file.
     *
     * @throws IllegalStateException when the report keeps no records
     */
    Iterable<RecordEntry> eachRecord() {
        if (records != null) {
            return Collections.unmodifiableList(records);
        }
        if (spool == null) {
            throw new IllegalStateException("this report keeps no records, only counts (ValidationReport.Builder#withoutRecords)");
        }
        return spool.entries(this::withAttached);
    }

    /** @return number of records */
    public long recordCount() {
        return recordCount;
    }

    /** @return number of records without ERROR */
    public long validCount() {
        return valid;
    }

    /** @return number of records with at least one ERROR */
    public long invalidCount() {
        return recordCount - valid;
    }

    /** @return number of suppressed findings */
    public long suppressedCount() {
        return suppressed;
    }

    /** @return findings by severity, every severity present */
    public Map<Severity, Long> findingsBySeverity() {
        return new LinkedHashMap<>(bySeverity);
    }

    /** @return findings by rule code, sorted */
    public Map<String, Long> findingsByCode() {
        Map<String, Long> counts = new TreeMap<>();
        byCode.forEach((code, count) -> counts.put(code, count[0]));
        return counts;
    }

    /** @return one entry per rule that found something, sorted by code */
    public List<RuleCount> ruleCounts() {
        List<RuleCount> counts = new ArrayList<>();
        byCode.forEach((code, count) -> counts.add(new RuleCount(code, severityByCode.get(code), count[0], count[1])));
        return counts;
    }

    /** @return records by kind; kinds not seen are absent */
    public Map<RecordKind, Long> recordsByKind() {
        return Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    /** @return records whose kind could not be determined */
    public long unknownKindCount() {
        return unknownKind;
    }

    /** @return how many records skipped each stage because an earlier stage found an error */
    public Map<Stage, Long> skippedStages() {
        return Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    /**
     * @return the statistics of the records added so far
     * @throws IllegalStateException when the report makes none ({@link Builder#withoutStatistics})
     */
    public StatisticsReport statistics() {
        if (statistics == null) {
            throw new IllegalStateException("this report makes no statistics (ValidationReport.Builder#withoutStatistics)");
        }
        return statistics.report();
    }

    /**
     * Whether any finding reaches a threshold.
     *
     * @param threshold the severity
     * @return {@code true} when one does
     */
    public boolean hasAtLeast(Severity threshold) {
        return bySeverity.entrySet().stream()
                .anyMatch(entry -> entry.getKey().isAtLeast(threshold) && entry.getValue() > 0);
    }

    /** @return the library versions the report was made with; {@code referenceData} names the data actually used */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>(Versions.all());
        versions.put("referenceData", referenceData.version());
        return versions;
    }

    /** Removes the spool file of a report that spools; nothing to do for the others. */
    @Override
    public void close() {
        if (spool != null) {
            spool.close();
        }
    }
}
