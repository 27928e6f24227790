package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/** SM-0303: a fully online item (网办深度 Ⅳ级, 全程网办) needs no visit: 到办事现场次数 is 0. */
final class FullyOnlineVisitsRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("SM-0303", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 5 (全程网办 Ⅳ级 ⇒ 到办事现场次数 0); §11.5",
            RecordKind.IMPLEMENTATION_ITEM);

    FullyOnlineVisitsRule() {
        super(ImplementationItem.class, DESCRIPTOR);
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
