package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * SM-0105: an item that says it can be handled online (是否网办, 办理形式 网上办理 or 网办深度 Ⅳ级) gives the address
 * where (网办地址 or 计算机端在线办理地址); without it the item does not count as 网上可办.
 */
final class OnlineAddressRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0105", Severity.ERROR,
            Stage.RULE, "0.1.0",
            "domain-reference §1.5.3 (ONLINE_HANDLE_URL), §7 (网上可办 = items with an online address)",
            RecordKind.IMPLEMENTATION_ITEM);

    OnlineAddressRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (OnlineHandling.isDeclared(item, context) && !OnlineHandling.hasAddress(item)) {
            report(context, "/onlineHandleUrl");
        }
    }
}
