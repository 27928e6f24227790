package org.matterstandards.sdk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;

/**
 * The findings of a run grouped by rule (按规则分组), each group with its first findings as samples. The number of
 * samples is capped; the group still counts every finding.
 */
final class RuleGroups {

    /**
     * A sample finding with the record it belongs to.
     *
     * @param file    the record's file
     * @param entry   the record
     * @param finding the finding
     */
    record Sample(String file, ValidationReport.RecordEntry entry, Finding finding) {
    }

    /**
     * One rule's findings.
     *
     * @param count   the rule's totals
     * @param samples the first findings, at most the cap
     */
    record Group(ValidationReport.RuleCount count, List<Sample> samples) {

        /** @return findings not among the samples */
        long cut() {
            return count.findings() - samples.size();
        }
    }

    private RuleGroups() {
    }

    /**
     * Groups a report's findings, most severe rules first, then by number of findings, then by code.
     *
     * @param report         the report
     * @param samplesPerRule the sample cap
     * @return the groups
     */
    static List<Group> of(ValidationReport report, int samplesPerRule) {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (ValidationReport.RuleCount count : report.ruleCounts()) {
            samples.put(count.code(), new ArrayList<>(Math.min(samplesPerRule, 32)));
        }
        for (ValidationReport.RecordEntry entry : report.eachRecord()) {
            for (Finding finding : entry.result().findings()) {
                List<Sample> list = samples.get(finding.code());
                if (list.size() < samplesPerRule) {
                    list.add(new Sample(entry.file(), entry, finding));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (ValidationReport.RuleCount count : report.ruleCounts()) {
            groups.add(new Group(count, List.copyOf(samples.get(count.code()))));
        }
        groups.sort(Comparator.comparing((Group group) -> group.count().severity(), Comparator.comparingInt(Severity::ordinal))
                .thenComparing(Comparator.comparingLong((Group group) -> group.count().findings()).reversed())
                .thenComparing(group -> group.count().code()));
        return groups;
    }
}
