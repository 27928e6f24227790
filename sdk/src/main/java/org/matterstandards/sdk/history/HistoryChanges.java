package org.matterstandards.sdk.history;

import java.time.LocalDate;
import java.util.List;
import org.matterstandards.core.element.ElementDiff;

/**
 * What changed on the list between two dates (两个日期之间的清单变化): items added, cancelled, and adjusted, each
 * adjustment with its element changes judged by the element catalogue's tiers and change modes (the same comparison
 * {@code matter diff} runs against an upstream list, here between the version in force at {@code from} and the one in
 * force at {@code to}; versions in between are not compared).
 *
 * @param from      the earlier date
 * @param to        the later date
 * @param added     versions in force at {@code to} of items not in force at {@code from}
 * @param cancelled versions in force at {@code from} of items not in force at {@code to}
 * @param adjusted  items in force at both dates under different versions
 */
public record HistoryChanges(LocalDate from, LocalDate to, List<ItemVersion> added, List<ItemVersion> cancelled,
                             List<Adjustment> adjusted) {

    /** Copies the lists. */
    public HistoryChanges {
        added = List.copyOf(added);
        cancelled = List.copyOf(cancelled);
        adjusted = List.copyOf(adjusted);
    }

    /**
     * One adjusted item (要素调整).
     *
     * @param before the version in force at {@code from}
     * @param after  the version in force at {@code to}
     * @param diff   the element changes, each with its tier outcome (LOCKED_CHANGED, WIDENED, REVIEW, FILING …)
     */
    public record Adjustment(ItemVersion before, ItemVersion after, ElementDiff diff) {
    }
}
