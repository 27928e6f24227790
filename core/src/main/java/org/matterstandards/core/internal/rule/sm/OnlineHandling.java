package org.matterstandards.core.internal.rule.sm;

import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.internal.rule.ElementValue;
import org.matterstandards.core.internal.rule.Tables;
import org.matterstandards.core.internal.rule.Values;

/** What an item says about online handling (网上办理), read through the profile's code tables. */
final class OnlineHandling {

    private OnlineHandling() {
    }

    /** 网办深度 Ⅳ级 (全程网办). */
    static boolean isFullyOnline(ImplementationItem item, RuleContext context) {
        return Tables.hasTag(context, CodeTables.ONLINE_LEVEL, item.onlineHandleLevel(), Tags.FULLY_ONLINE);
    }

    /** 办理形式 includes 网上办理. */
    static boolean listsOnlineForm(ImplementationItem item, RuleContext context) {
        return Tables.anyHasTag(context, CodeTables.HANDLE_TYPE, item.handleType(), Tags.ONLINE);
    }

    /** Any element says the item can be handled online. */
    static boolean isDeclared(ImplementationItem item, RuleContext context) {
        return Values.isTrue(item.isOnline()) || listsOnlineForm(item, context) || isFullyOnline(item, context);
    }

    /** The item names an online address (网办地址 or 计算机端在线办理地址). */
    static boolean hasAddress(ImplementationItem item) {
        return !Values.isBlank(item.onlineHandleUrl()) || !Values.isBlank(item.linkAddr());
    }

    /** The item's web addresses: 计算机端在线办理地址, 移动端办理地址, 网办地址. */
    static List<ElementValue> addresses(ImplementationItem item) {
        List<ElementValue> addresses = new ArrayList<>();
        addresses.addAll(ElementValue.of("linkAddr", item.linkAddr()));
        addresses.addAll(ElementValue.of("mobileTerminalUrl", item.mobileTerminalUrl()));
        addresses.addAll(ElementValue.of("onlineHandleUrl", item.onlineHandleUrl()));
        return addresses;
    }
}
