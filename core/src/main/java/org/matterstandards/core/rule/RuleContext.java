package org.matterstandards.core.rule;

import java.time.LocalDate;
import java.util.Map;
import org.matterstandards.core.finding.FindingSink;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;

/**
 * What a rule may know while checking one record (规则上下文): the profile, the reference data it selects, the
 * as-of date (never the system clock, so results are reproducible), and where to report.
 *
 * @param profile       the effective profile
 * @param referenceData code tables, division table, calendar selected by the profile
 * @param asOf          the date the check is made for
 * @param sink          receives the findings of the current record
 */
public record RuleContext(Profile profile, ReferenceData referenceData, LocalDate asOf, FindingSink sink) {

    /**
     * Reports a finding of the current record.
     *
     * @param code      the rule code
     * @param pointer   JSON Pointer of the element
     * @param arguments named message arguments
     */
    public void report(String code, String pointer, Map<String, ?> arguments) {
        sink.report(code, pointer, arguments);
    }
}
