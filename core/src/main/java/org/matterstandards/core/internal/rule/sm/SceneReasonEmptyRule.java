package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/**
 * SM-0302: an item without visits (到办事现场次数 = 0) leaves the on-site reason empty (or 无): a reason for visits
 * that do not happen confuses applicants and usually means the count is wrong.
 */
final class SceneReasonEmptyRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0302", Severity.WARNING,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 3", RecordKind.IMPLEMENTATION_ITEM);

    SceneReasonEmptyRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        if (visits != null && visits == 0 && !Values.saysNothing(item.limitSceneExplain())) {
            report(context, "/limitSceneExplain", "value", item.limitSceneExplain());
        }
    }
}
