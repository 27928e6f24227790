package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.Values;

/**
 * SM-0104: an item that requires visits (到办事现场次数 &gt; 0) says why (必须现场办理原因说明): every visit must be
 * justified under 最多跑一次.
 */
final class SceneReasonRequiredRule extends AbstractRecordRule<ImplementationItem> {

    SceneReasonRequiredRule() {
        super(ImplementationItem.class, ImplementationItemRules.SCENE_REASON);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        if (visits != null && visits > 0 && Values.saysNothing(item.limitSceneExplain())) {
            report(context, "/limitSceneExplain", "limitSceneNum", visits);
        }
    }
}
