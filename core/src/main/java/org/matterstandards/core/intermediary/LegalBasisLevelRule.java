package org.matterstandards.core.intermediary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matterstandards.core.intermediary.IntermediaryCodes.Code;
import org.matterstandards.core.intermediary.IntermediaryCodes.Mark;
import org.matterstandards.core.intermediary.IntermediaryCodes.Table;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * IM-0301: a retained intermediary service rests on at least one basis of a level that may set one — 法律, 行政法规,
 * 国务院决定 or 部门规章 (国办发〔2015〕31号; 国发〔2022〕5号). Which levels suffice is data
 * ({@link Mark#SUFFICIENT_BASIS}). When no basis states a known level there is nothing to weigh: IM-0103 and IM-0201
 * say so instead.
 */
final class LegalBasisLevelRule extends RetainedServiceRule {

    LegalBasisLevelRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        if (service.legalBases() == null) {
            return;
        }
        IntermediaryCodes codes = IntermediaryCodes.builtIn();
        List<String> levels = new ArrayList<>();
        for (LegalBasis basis : service.legalBases()) {
            Optional<Code> level = basis == null ? Optional.empty() : codes.find(Table.LAW_LEVEL, basis.lawLevel());
            if (level.isPresent()) {
                if (level.get().has(Mark.SUFFICIENT_BASIS)) {
                    return;
                }
                levels.add(level.get().name());
            }
        }
        if (!levels.isEmpty()) {
            List<String> sufficient = codes.codes(Table.LAW_LEVEL).stream()
                    .filter(code -> code.has(Mark.SUFFICIENT_BASIS)).map(Code::name).toList();
            report(context, "/legalBases", "label", "legalBases", "serviceName", service.serviceName(),
                    "levels", levels, "required", sufficient);
        }
    }
}
