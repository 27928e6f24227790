package org.matterstandards.core.rule.sm;

import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.ElementValue;
import org.matterstandards.core.rule.support.WebAddresses;

/**
 * SM-0217: 计算机端在线办理地址, 移动端办理地址 and 网办地址 are absolute http(s) addresses with a host, so that the
 * portal can link to them (a description such as “粤省事小程序搜索” is not an address).
 */
final class WebAddressFormatRule extends AbstractRecordRule<ImplementationItem> {

    WebAddressFormatRule() {
        super(ImplementationItem.class, ImplementationItemRules.ADDRESS_FORMAT);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        for (ElementValue address : OnlineHandling.addresses(item)) {
            if (!WebAddresses.isWellFormed(address.value())) {
                report(context, address.pointer(), "label", address.name(), "value", address.value());
            }
        }
    }
}
