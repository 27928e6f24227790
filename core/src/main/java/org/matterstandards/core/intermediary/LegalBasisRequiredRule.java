package org.matterstandards.core.intermediary;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/** IM-0101: a retained intermediary service names at least one legal basis (设定依据). */
final class LegalBasisRequiredRule extends RetainedServiceRule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0101", Severity.ERROR, Stage.RULE,
            "0.1.0", IntermediaryRules.BASIS_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    LegalBasisRequiredRule() {
        super(DESCRIPTOR);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        if (service.legalBases() == null || service.legalBases().isEmpty()) {
            report(context, "/legalBases", "label", "legalBases", "serviceName", service.serviceName());
        }
    }
}
