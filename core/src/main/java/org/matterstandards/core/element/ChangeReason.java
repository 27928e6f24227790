package org.matterstandards.core.element;

/**
 * What exactly changed (变更原因), so that a message can say why a change is wider, tighter or undecidable. Texts are
 * in the {@code el} bundle under {@code el.reason.NAME}.
 */
public enum ChangeReason {
    /** The value differs. */
    CHANGED,
    /** Entries or values were added that upstream does not have. */
    ADDED,
    /** Upstream entries or values are missing locally. */
    REMOVED,
    /** The local number is greater. */
    GREATER,
    /** The local number is smaller. */
    SMALLER,
    /** The local code or flag means a heavier burden (e.g. 即办件 → 承诺件, 非必要 → 必要). */
    MORE_BURDEN,
    /** The local code or flag means a lighter burden. */
    LESS_BURDEN,
    /** The local text has clauses the upstream text does not have. */
    CLAUSES_ADDED,
    /** The local text lacks some of the upstream clauses and adds none. */
    CLAUSES_REMOVED,
    /** The local fee amounts are higher. */
    FEE_HIGHER,
    /** The local fee amounts are lower, or the fee is waived. */
    FEE_LOWER,
    /** The fee texts differ in more than their amounts, so they cannot be compared. */
    FEE_NOT_COMPARABLE,
    /** The unit of a number changed (工作日 ↔ 自然日), so the numbers cannot be compared. */
    UNIT_CHANGED,
    /** One side has no value, so the values cannot be compared. */
    VALUE_MISSING,
    /** A value is outside the element's narrowing order, so it cannot be compared. */
    UNKNOWN_VALUE
}
