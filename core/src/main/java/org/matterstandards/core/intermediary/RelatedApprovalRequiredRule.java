package org.matterstandards.core.intermediary;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.RelatedTask;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * IM-0102: a retained intermediary service is the acceptance condition of at least one approval matter, named by its
 * task code or catalog code (an intermediary service exists only as a condition of an approval).
 */
final class RelatedApprovalRequiredRule extends RetainedServiceRule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0102", Severity.ERROR, Stage.RULE,
            "0.1.0", IntermediaryRules.BASIS_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    RelatedApprovalRequiredRule() {
        super(DESCRIPTOR);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        if (service.relatedTasks() == null || service.relatedTasks().stream().noneMatch(RelatedApprovalRequiredRule::coded)) {
            report(context, "/relatedTasks", "label", "relatedTasks", "serviceName", service.serviceName());
        }
    }

    private static boolean coded(RelatedTask task) {
        return task != null && (Texts.present(task.taskCode()) || Texts.present(task.catalogCode()));
    }
}
