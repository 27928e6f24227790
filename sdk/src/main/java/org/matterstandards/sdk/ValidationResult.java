package org.matterstandards.sdk;

import java.util.List;
import java.util.Objects;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.Stage;

/**
 * The result of validating one record (单条记录校验结果). Every input record yields exactly one result, in input
 * order, even when it could not be read.
 *
 * @param index         0-based position of the record in its input
 * @param recordId      the record's identifier (task code, catalog code …) when present
 * @param kind          the record kind, {@code null} when it could not be determined
 * @param location      where the record starts in its file
 * @param findings      the findings that stand, in the order found
 * @param suppressed    findings the profile suppressed, with the reason
 * @param skippedStages stages not run because an earlier stage found an error
 * @param record        the bound model record; for a record with structural errors a best-effort binding with the
 *                      unreadable values left empty (statistics count it, no rule sees it); {@code null} when the
 *                      record could not be bound at all
 */
public record ValidationResult(
        long index,
        String recordId,
        RecordKind kind,
        SourceLocation location,
        List<Finding> findings,
        List<SuppressedFinding> suppressed,
        List<Stage> skippedStages,
        MatterRecord record) {

    /** Copies the lists. */
    public ValidationResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        skippedStages = List.copyOf(skippedStages);
        location = Objects.requireNonNullElse(location, SourceLocation.UNKNOWN);
    }

    /**
     * This result with further findings (from list rules, which run after the record's own stages).
     *
     * @param more       findings that stand
     * @param suppressedMore findings the profile suppressed
     * @return a new result
     */
    public ValidationResult withMoreFindings(List<Finding> more, List<SuppressedFinding> suppressedMore) {
        List<Finding> allFindings = new java.util.ArrayList<>(findings);
        allFindings.addAll(more);
        List<SuppressedFinding> allSuppressed = new java.util.ArrayList<>(suppressed);
        allSuppressed.addAll(suppressedMore);
        return new ValidationResult(index, recordId, kind, location, allFindings, allSuppressed, skippedStages, record);
    }

    /** @return {@code true} when no finding is an ERROR: the record may be uploaded */
    public boolean valid() {
        return !hasAtLeast(Severity.ERROR);
    }

    /**
     * Whether any finding is at least as severe as a threshold.
     *
     * @param threshold the severity
     * @return {@code true} when one is
     */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().isAtLeast(threshold));
    }

    /**
     * The number of findings of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
