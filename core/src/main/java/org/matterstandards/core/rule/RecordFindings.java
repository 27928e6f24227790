package org.matterstandards.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.FindingSink;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.finding.Suppression;

/**
 * Collects the findings of one record (单条记录的发现), keeping those a profile suppresses apart so that reports can
 * show them with the suppression's reason. Used by one thread at a time.
 */
public final class RecordFindings implements FindingSink {

    private final FindingFactory factory;
    private final long recordIndex;
    private final List<Finding> findings = new ArrayList<>();
    /** Made at the first suppressed finding: most records have none. */
    private List<SuppressedFinding> suppressed;
    private String recordId;
    private SourceLocation location;
    private Set<String> settled = Set.of();

    /**
     * @param factory     creates the findings
     * @param recordIndex 0-based index of the record in its input
     * @param recordId    identifier of the record, may be {@code null}
     * @param location    where the record starts in its file, may be {@code null}
     */
    public RecordFindings(FindingFactory factory, long recordIndex, String recordId, SourceLocation location) {
        this.factory = factory;
        this.recordIndex = recordIndex;
        this.recordId = recordId;
        this.location = location;
    }

    @Override
    public void report(String code, String pointer, Map<String, ?> arguments) {
        add(factory.create(code, pointer, recordIndex, recordId, arguments, location));
    }

    /**
     * Reports a finding at a more precise location than the record's (a line and column inside it).
     *
     * @param code      rule code
     * @param pointer   JSON Pointer
     * @param arguments named arguments
     * @param at        the location of the element
     */
    public void report(String code, String pointer, Map<String, ?> arguments, SourceLocation at) {
        add(factory.create(code, pointer, recordIndex, recordId, arguments, at));
    }

    /**
     * Marks elements whose problem is already reported (an input adapter could not convert their values and left
     * them out): findings reported later at or inside these pointers are dropped, so that one problem is one
     * finding and a left-out value is not reported again as missing.
     *
     * @param pointers JSON Pointers of the elements
     */
    public void settle(Set<String> pointers) {
        this.settled = Set.copyOf(pointers);
    }

    private boolean isSettled(String pointer) {
        if (settled.isEmpty()) {
            return false;       // the usual record: no iterator per finding
        }
        for (String done : settled) {
            if (pointer.equals(done) || pointer.startsWith(done + "/")) {
                return true;
            }
        }
        return false;
    }

    private void add(Finding finding) {
        if (isSettled(finding.pointer())) {
            return;
        }
        Optional<Suppression> suppression = factory.suppression(finding);
        if (suppression.isPresent()) {
            if (suppressed == null) {
                suppressed = new ArrayList<>();
            }
            suppressed.add(new SuppressedFinding(finding, suppression.get()));
        } else {
            findings.add(finding);
        }
    }

    /**
     * Sets the record's identifier once it is known (after parsing), for the findings reported from now on.
     *
     * @param id the identifier
     */
    public void recordId(String id) {
        this.recordId = id;
    }

    /** @return the record's identifier, may be {@code null} */
    public String recordId() {
        return recordId;
    }

    /** @return the record's index */
    public long recordIndex() {
        return recordIndex;
    }

    /** @return the record's source location */
    public SourceLocation location() {
        return location;
    }

    /**
     * Whether any finding so far has this severity or a worse one.
     *
     * @param threshold the severity
     * @return {@code true} when one does
     */
    public boolean hasAtLeast(Severity threshold) {
        for (Finding finding : findings) {
            if (finding.severity().isAtLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /** @return the findings that stand, in the order reported */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** @return the findings a profile suppressed */
    public List<SuppressedFinding> suppressed() {
        return suppressed == null ? List.of() : List.copyOf(suppressed);
    }
}
