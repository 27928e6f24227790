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
 * SM-0104: an item that requires visits (到办事现场次数 &gt; 0) says why (必须现场办理原因说明): every visit must be
 * justified under 最多跑一次.
 */
final class SceneReasonRequiredRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0104", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 3", RecordKind.IMPLEMENTATION_ITEM);

    SceneReasonRequiredRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        if (visits != null && visits > 0 && Values.saysNothing(item.limitSceneExplain())) {
            report(context, "/limitSceneExplain", "limitSceneNum", visits);
        }
    }
}
