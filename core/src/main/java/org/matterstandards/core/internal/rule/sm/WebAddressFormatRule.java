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
 * SM-0217: 计算机端在线办理地址, 移动端办理地址 and 网办地址 are absolute http(s) addresses with a host, so that the
 * portal can link to them (a description such as “粤省事小程序搜索” is not an address).
 */
final class WebAddressFormatRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0217", Severity.ERROR,
            Stage.RULE, "0.1.0", "domain-reference §1.5.2 (LINK_ADDR, MOBILE_TERMINAL_URL), §1.5.3 (ONLINE_HANDLE_URL)",
            RecordKind.IMPLEMENTATION_ITEM);

    WebAddressFormatRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<OnlineHandling.Address> addresses = OnlineHandling.addresses(item);
        for (int i = 0; i < addresses.size(); i++) {      // no iterator per record
            OnlineHandling.Address address = addresses.get(i);
            if (!address.wellFormed()) {
                report(context, address.pointer(), "label", address.name(), "value", address.value());
            }
        }
    }
}
