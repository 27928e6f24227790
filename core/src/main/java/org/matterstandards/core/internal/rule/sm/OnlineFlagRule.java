package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * SM-0304: 是否网办 agrees with the rest: an item fully online (网办深度 Ⅳ级) or listing 网上办理 among its 办理形式 has
 * 是否网办 = 是. The statistics of 网上可办率 read the flag.
 */
final class OnlineFlagRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0304", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §1.5.3 (IS_ONLINE), §1.6 (办理形式, 网办深度)",
            RecordKind.IMPLEMENTATION_ITEM);

    OnlineFlagRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        boolean saysOnline = OnlineHandling.isFullyOnline(item, context)
                || OnlineHandling.listsOnlineForm(item, context);
        if (Boolean.FALSE.equals(item.isOnline()) && saysOnline) {
            report(context, "/isOnline", "onlineHandleLevel", String.valueOf(item.onlineHandleLevel()),
                    "handleType", item.handleType() == null ? List.of() : item.handleType());
        }
    }
}
