package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/**
 * SM-0302: an item without visits (到办事现场次数 = 0) leaves the on-site reason empty (or 无): a reason for visits
 * that do not happen confuses applicants and usually means the count is wrong.
 */
final class SceneReasonEmptyRule extends AbstractRecordRule<ImplementationItem> {

    SceneReasonEmptyRule() {
        super(ImplementationItem.class, ImplementationItemRules.SCENE_REASON_EMPTY);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        if (visits != null && visits == 0 && !Values.saysNothing(item.limitSceneExplain())) {
            report(context, "/limitSceneExplain", "value", item.limitSceneExplain());
        }
    }
}
