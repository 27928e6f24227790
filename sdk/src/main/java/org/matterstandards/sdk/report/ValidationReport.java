package org.matterstandards.sdk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
 * small in memory; the statistics are computed from the model as each result is added.
 */
public final class ValidationReport {

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
    private final List<RecordEntry> records = new ArrayList<>();
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
        this.profile = profile;
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.asOf = asOf;
        this.locale = locale;
        this.startedAt = startedAt;
        this.statistics = Statistics.forProfile(profile, referenceData, asOf);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
    }

    /**
     * Adds a record result.
     *
     * @param file   the file it came from
     * @param result the result
     */
    public void add(String file, ValidationResult result) {
        statistics.accept(result);
        records.add(new RecordEntry(file, result.record() == null ? result : withoutModel(result)));
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

    /** @return the records, in input order (a read-only view) */
    public List<RecordEntry> records() {
        return Collections.unmodifiableList(records);
    }

    /** @return number of records */
    public long recordCount() {
        return records.size();
    }

    /** @return number of records without ERROR */
    public long validCount() {
        return valid;
    }

    /** @return number of records with at least one ERROR */
    public long invalidCount() {
        return records.size() - valid;
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

    /** @return the statistics of the records added so far */
    public StatisticsReport statistics() {
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
}
