package com.example.checks;

import java.util.List;
import java.util.Set;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * An embedder's own rule set, outside the project's packages: a local office wants every implementation item to
 * carry its review reference (复核文号). Its texts are in {@code com/example/checks/checks_*.properties}, registered
 * by {@link LocalChecksBundles}.
 */
public final class LocalChecks extends AbstractRuleSet {

    /** The item has no local review reference. */
    public static final String NO_REVIEW_REFERENCE = "SM-9001";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(NO_REVIEW_REFERENCE, Severity.WARNING,
            Stage.RULE, Set.of(RecordKind.IMPLEMENTATION_ITEM), "local practice (test)", "0.1.0", false);

    /** Creates the set. */
    public LocalChecks() {
        super("xq", List.of(DESCRIPTOR), List.of(new ReviewReferenceRule()), List.of());
    }

    private static final class ReviewReferenceRule extends AbstractRecordRule<ImplementationItem> {

        ReviewReferenceRule() {
            super(ImplementationItem.class, DESCRIPTOR);
        }

        @Override
        public void check(ImplementationItem item, RuleContext context) {
            if (item.reviewReference() == null || item.reviewReference().isBlank()) {
                report(context, "/reviewReference", "taskName", item.taskName());
            }
        }
    }
}
