package org.matterstandards.sdk.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.sdk.ValidationResult;

/**
 * What attaching a list finding needs to know of each record, for a report that does not keep its records in memory
 * (记录索引): where a record (file, index) stands in the report, whether it is still valid, and the codes of its
 * findings. A few bytes per record: the validity is one bit, the codes an index into the few distinct sets of codes
 * that records share, and the records of one file one run of positions. Not thread-safe.
 */
final class RecordIndex {

    /** Consecutive records of one file: indexes {@code firstIndex …} at positions {@code firstPosition …}. */
    private static final class Run {
        final long firstIndex;
        final int firstPosition;
        int length;

        Run(long firstIndex, int firstPosition) {
            this.firstIndex = firstIndex;
            this.firstPosition = firstPosition;
        }
    }

    private final Map<String, List<Run>> runsByFile = new HashMap<>();
    private String lastFile;
    private Run lastRun;
    private final BitSet invalid = new BitSet();
    private final List<Set<String>> codeSets = new ArrayList<>();
    private final Map<Set<String>, Integer> codeSetIds = new HashMap<>();
    private int[] codeSetOfRecord = new int[1024];
    private int size;

    /**
     * Adds the next record.
     *
     * @param file   the file it came from
     * @param result its result
     */
    void add(String file, ValidationResult result) {
        if (lastRun == null || !file.equals(lastFile) || result.index() != lastRun.firstIndex + lastRun.length) {
            lastRun = new Run(result.index(), size);
            lastFile = file;
            runsByFile.computeIfAbsent(file, key -> new ArrayList<>()).add(lastRun);
        }
        lastRun.length++;
        if (!result.valid()) {
            invalid.set(size);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Finding finding : result.findings()) {
            codes.add(finding.code());
        }
        if (size == codeSetOfRecord.length) {
            codeSetOfRecord = Arrays.copyOf(codeSetOfRecord, size * 2);
        }
        codeSetOfRecord[size++] = idOf(codes);
    }

    /**
     * Where a record stands; when a file was added twice, its later records.
     *
     * @param file  the file
     * @param index the record's index in the file
     * @return the 0-based position, {@code -1} when no such record was added
     */
    int position(String file, long index) {
        List<Run> runs = runsByFile.getOrDefault(file, List.of());
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (index >= run.firstIndex && index < run.firstIndex + run.length) {
                return run.firstPosition + (int) (index - run.firstIndex);
            }
        }
        return -1;
    }

    /** @return {@code true} when the record at this position has no ERROR */
    boolean valid(int position) {
        return !invalid.get(position);
    }

    /** @return {@code true} when the record at this position has a finding of this code */
    boolean hasCode(int position, String code) {
        return codeSets.get(codeSetOfRecord[position]).contains(code);
    }

    /**
     * Records a finding added to a record afterwards (by a list rule).
     *
     * @param position the record's position
     * @param finding  the finding, which stands
     */
    void addFinding(int position, Finding finding) {
        if (finding.severity().isAtLeast(Severity.ERROR)) {
            invalid.set(position);
        }
        Set<String> codes = new LinkedHashSet<>(codeSets.get(codeSetOfRecord[position]));
        codes.add(finding.code());
        codeSetOfRecord[position] = idOf(codes);
    }

    private int idOf(Set<String> codes) {
        Integer id = codeSetIds.get(codes);
        if (id == null) {
            id = codeSets.size();
            Set<String> kept = Set.copyOf(codes);
            codeSets.add(kept);
            codeSetIds.put(kept, id);
        }
        return id;
    }
}
