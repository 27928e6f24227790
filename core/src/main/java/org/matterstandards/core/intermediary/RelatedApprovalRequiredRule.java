package org.matterstandards.core.intermediary;

import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.RelatedTask;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * IM-0102: a retained intermediary service is the acceptance condition of at least one approval matter, named by its
 * task code or catalog code (an intermediary service exists only as a condition of an approval).
 */
final class RelatedApprovalRequiredRule extends RetainedServiceRule {

    RelatedApprovalRequiredRule(RuleDescriptor descriptor) {
        super(descriptor);
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
