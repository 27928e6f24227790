package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;

/** SM-0303: a fully online item (网办深度 Ⅳ级, 全程网办) needs no visit: 到办事现场次数 is 0. */
final class FullyOnlineVisitsRule extends AbstractRecordRule<ImplementationItem> {

    FullyOnlineVisitsRule() {
        super(ImplementationItem.class, ImplementationItemRules.FULLY_ONLINE_VISITS);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        if (visits != null && visits > 0 && OnlineHandling.isFullyOnline(item, context)) {
            report(context, "/limitSceneNum", "limitSceneNum", visits, "onlineHandleLevel",
                    item.onlineHandleLevel());
        }
    }
}
