package org.matterstandards.core.intermediary;

import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/** IM-0101: a retained intermediary service names at least one legal basis (设定依据). */
final class LegalBasisRequiredRule extends RetainedServiceRule {

    LegalBasisRequiredRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        if (service.legalBases() == null || service.legalBases().isEmpty()) {
            report(context, "/legalBases", "label", "legalBases", "serviceName", service.serviceName());
        }
    }
}
