package org.matterstandards.core.rule;

import java.util.List;
import org.matterstandards.core.finding.Severity;

/**
 * Processing findings (处理问题, domain {@code SYS}): the record could not be fully checked. They are reported on
 * the record so that it is never counted as valid by mistake.
 */
public final class SystemRules extends AbstractRuleSet {

    /** A rule failed with an internal error on this record. */
    public static final String RULE_FAILED = "SYS-0001";

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(
            RuleDescriptor.locked(RULE_FAILED, Severity.ERROR, Stage.RULE, StructureRules.SINCE,
                    "matter-standards processing"));

    /** Creates the set; the pipeline reports its code. */
    public SystemRules() {
        super("sys", DESCRIPTORS);
    }
}
