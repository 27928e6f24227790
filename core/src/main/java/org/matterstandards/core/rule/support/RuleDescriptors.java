package org.matterstandards.core.rule.support;

import java.util.Set;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/** Builds the descriptors of rule-stage rules (规则说明) with the conventions of the built-in rules. */
public final class RuleDescriptors {

    /** The library version that introduced the first built-in rules. */
    public static final String SINCE_0_1_0 = "0.1.0";

    private RuleDescriptors() {
    }

    /**
     * A national must (国家强制规则): a profile may neither change its severity nor suppress it.
     *
     * @param code     the rule code
     * @param severity the severity
     * @param source   the document or domain-reference section it comes from
     * @param kinds    the record kinds it checks
     * @return the descriptor, since 0.1.0, stage RULE
     */
    public static RuleDescriptor locked(String code, Severity severity, String source, RecordKind... kinds) {
        return new RuleDescriptor(code, severity, Stage.RULE, Set.of(kinds), source, SINCE_0_1_0, true);
    }

    /**
     * An advisory or locally adjustable rule: a profile may change its severity or suppress it with a reason.
     *
     * @param code     the rule code
     * @param severity the default severity
     * @param source   the document or domain-reference section it comes from
     * @param kinds    the record kinds it checks
     * @return the descriptor, since 0.1.0, stage RULE
     */
    public static RuleDescriptor adjustable(String code, Severity severity, String source, RecordKind... kinds) {
        return new RuleDescriptor(code, severity, Stage.RULE, Set.of(kinds), source, SINCE_0_1_0, false);
    }
}
