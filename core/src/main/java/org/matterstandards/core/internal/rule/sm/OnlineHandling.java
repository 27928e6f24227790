package org.matterstandards.core.internal.rule.sm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.internal.rule.LastComputed;
import org.matterstandards.core.internal.rule.Tables;
import org.matterstandards.core.internal.rule.Values;
import org.matterstandards.core.internal.rule.WebAddresses;

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

    /**
     * One web address of an item and whether it is well formed ({@link WebAddresses#isWellFormed}).
     *
     * @param name       the element's JSON name, e.g. {@code linkAddr}
     * @param pointer    the element's JSON Pointer
     * @param value      the address, never blank
     * @param wellFormed whether it is an absolute http(s) address with a host
     */
    record Address(String name, String pointer, String value, boolean wellFormed) {
    }

    private static final String LINK_ADDR = "linkAddr";
    private static final String MOBILE_URL = "mobileTerminalUrl";
    private static final String ONLINE_URL = "onlineHandleUrl";
    private static final String LINK_ADDR_POINTER = JsonPointers.of(LINK_ADDR);
    private static final String MOBILE_URL_POINTER = JsonPointers.of(MOBILE_URL);
    private static final String ONLINE_URL_POINTER = JsonPointers.of(ONLINE_URL);

    // SM-0217 and SM-0218 judge the same addresses of one item in turn: read and check them once per item.
    private static final LastComputed<ImplementationItem, List<Address>> LAST_READ = new LastComputed<>(
            OnlineHandling::read);

    /** The item's web addresses, the blank ones left out: 计算机端在线办理地址, 移动端办理地址, 网办地址. */
    static List<Address> addresses(ImplementationItem item) {
        return LAST_READ.get(item);
    }

    private static List<Address> read(ImplementationItem item) {
        List<Address> addresses = new ArrayList<>(3);
        add(addresses, LINK_ADDR, LINK_ADDR_POINTER, item.linkAddr());
        add(addresses, MOBILE_URL, MOBILE_URL_POINTER, item.mobileTerminalUrl());
        add(addresses, ONLINE_URL, ONLINE_URL_POINTER, item.onlineHandleUrl());
        return Collections.unmodifiableList(addresses);     // shared by the rules that read it
    }

    private static void add(List<Address> addresses, String name, String pointer, String value) {
        if (!Values.isBlank(value)) {
            addresses.add(new Address(name, pointer, value, WebAddresses.isWellFormed(value)));
        }
    }
}
