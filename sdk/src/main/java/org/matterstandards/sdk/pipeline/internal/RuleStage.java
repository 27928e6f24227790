package org.matterstandards.sdk.pipeline.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.RecordFindings;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.SystemRules;

/**
 * The rule stage (业务规则校验): runs every record rule of the record's kind. A rule that throws does not stop the
 * batch: it becomes a {@code SYS} finding on that record, so nothing is silently passed. Thread-safe.
 */
public final class RuleStage {

    private final RuleCatalog catalog;
    private final Profile profile;
    private final ReferenceData referenceData;
    /** The rules of each kind, selected once: the catalogue filters its whole list on every call. */
    private final Map<RecordKind, List<RecordRule<?>>> rulesByKind = new EnumMap<>(RecordKind.class);

    /**
     * @param catalog       the rules
     * @param profile       the effective profile
     * @param referenceData the reference data
     */
    public RuleStage(RuleCatalog catalog, Profile profile, ReferenceData referenceData) {
        this.catalog = catalog;
        this.profile = profile;
        this.referenceData = referenceData;
        for (RecordKind kind : RecordKind.values()) {
            rulesByKind.put(kind, List.copyOf(catalog.recordRules(kind)));
        }
    }

    /**
     * Checks one bound record.
     *
     * @param record   the record
     * @param asOf     the date the check is made for
     * @param findings where findings go
     */
    public void apply(MatterRecord record, LocalDate asOf, RecordFindings findings) {
        RuleContext context = new RuleContext(profile, referenceData, asOf, findings);
        List<RecordRule<?>> rules = rulesByKind.get(RecordKind.of(record));
        for (int i = 0; i < rules.size(); i++) {      // no iterator per record
            RecordRule<?> rule = rules.get(i);
            try {
                RuleCatalog.run(rule, record, context);
            } catch (RuntimeException e) {
                findings.report(SystemRules.RULE_FAILED, "", Args.of(
                        "rule", rule.descriptor().code(), "detail", e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }
}
