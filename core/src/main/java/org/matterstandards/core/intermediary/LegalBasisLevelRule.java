package org.matterstandards.core.intermediary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matterstandards.core.codetable.CodeEntry;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;

/**
 * IM-0301: a retained intermediary service rests on at least one basis of a level that may set one — 法律, 行政法规,
 * 国务院决定 or 部门规章 (国办发〔2015〕31号; 国发〔2022〕5号). Which levels suffice is data: the codes tagged
 * {@link Tags#INTERMEDIARY_BASIS} in the {@code lawLevel} table the profile selects. When no basis states a known
 * level there is nothing to weigh: IM-0103 and IM-0201 say so instead.
 */
final class LegalBasisLevelRule extends RetainedServiceRule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("IM-0301", Severity.ERROR, Stage.RULE,
            "0.1.0", IntermediaryRules.BASIS_SOURCE, RecordKind.INTERMEDIARY_SERVICE);

    LegalBasisLevelRule() {
        super(DESCRIPTOR);
    }

    @Override
    void checkRetained(IntermediaryService service, RuleContext context) {
        if (service.legalBases() == null) {
            return;
        }
        CodeTable lawLevels = Tables.selected(context, CodeTables.LAW_LEVEL);
        List<String> levels = new ArrayList<>();
        for (LegalBasis basis : service.legalBases()) {
            Optional<CodeEntry> level = basis == null ? Optional.empty() : lawLevels.entry(basis.lawLevel());
            if (level.isPresent()) {
                if (level.get().hasTag(Tags.INTERMEDIARY_BASIS)) {
                    return;
                }
                levels.add(level.get().zh());
            }
        }
        if (!levels.isEmpty()) {
            List<String> sufficient = lawLevels.entries().stream()
                    .filter(code -> code.hasTag(Tags.INTERMEDIARY_BASIS)).map(CodeEntry::zh).toList();
            report(context, "/legalBases", "label", "legalBases", "serviceName", service.serviceName(),
                    "levels", levels, "required", sufficient);
        }
    }
}
