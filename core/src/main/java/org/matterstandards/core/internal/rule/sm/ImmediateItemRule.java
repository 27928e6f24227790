package org.matterstandards.core.internal.rule.sm;

import java.util.Locale;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;

/**
 * SM-0301: an immediate item (办件类型 即办件) is one whose promised time limit is 0, and only such an item: 即办件 ⇔
 * 承诺办结时限 = 0. The 即办率 of the statistics counts on it.
 */
final class ImmediateItemRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("SM-0301", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §7 (即办件 ⇔ 承诺办结时限 0; Wenzhou check 1)",
            RecordKind.IMPLEMENTATION_ITEM);

    ImmediateItemRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        CodeTable projectTypes = Tables.selected(context, CodeTables.PROJECT_TYPE);
        if (item.promiseDay() == null || !projectTypes.contains(item.projectType())) {
            return;
        }
        boolean immediate = projectTypes.hasTag(item.projectType(), Tags.IMMEDIATE);
        if (immediate != (item.promiseDay() == 0)) {
            report(context, "/projectType", "projectType", item.projectType(),
                    "projectTypeZh", projectTypes.label(item.projectType(), Locale.SIMPLIFIED_CHINESE).orElseThrow(),
                    "projectTypeEn", projectTypes.label(item.projectType(), Locale.ENGLISH).orElseThrow(),
                    "promiseDay", item.promiseDay());
        }
    }
}
