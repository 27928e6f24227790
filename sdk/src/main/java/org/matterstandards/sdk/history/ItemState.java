package org.matterstandards.sdk.history;

/**
 * Where an item stands on the list at a date (事项状态): draft (待生效) → in force (在用) → cancelled (已取消). A draft
 * is an item a snapshot already lists with a planned effective date (计划生效日期) still ahead.
 */
public enum ItemState {
    /** 待生效: listed, planned effective date not reached. */
    DRAFT,
    /** 在用: a version of the item is in force. */
    IN_FORCE,
    /** 已取消: cancelled; it cannot come back. */
    CANCELLED,
    /** 未列入: the history does not know the item at that date. */
    ABSENT
}
