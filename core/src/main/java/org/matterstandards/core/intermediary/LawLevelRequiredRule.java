package org.matterstandards.core.intermediary;

import java.util.List;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/** IM-0103: every legal basis of a retained service states its level (效力层级); without it IM-0301 cannot judge. */
final class LawLevelRequiredRule extends RetainedServiceRule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0103", Severity.WARNING, Stage.RULE,
            "0.1.0", IntermediaryRules.ELEMENT_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    LawLevelRequiredRule() {
        super(DESCRIPTOR);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        List<LegalBasis> bases = service.legalBases() == null ? List.of() : service.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis basis = bases.get(i);
            if (basis != null && !Texts.present(basis.lawLevel())) {
                report(context, JsonPointers.append("/legalBases", i, "lawLevel"), "label", "lawLevel",
                        "lawName", basis.lawName());
            }
        }
    }
}
