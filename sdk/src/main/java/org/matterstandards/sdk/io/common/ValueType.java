package org.matterstandards.sdk.io.common;

/**
 * How an element's value is written in the canonical form and in the exchange form (值类型), which decides how an
 * input adapter converts it.
 */
public enum ValueType {
    /** Text, and coded values such as {@code "01"}: the same in both forms. */
    TEXT,
    /** 是否 flag: {@code true/false} canonically, {@code "1"/"0"} in exchange rows. */
    FLAG,
    /** Whole number (day counts, versions): the same digits in both forms. */
    INTEGER,
    /** Multi-valued code list: an array canonically, {@code "1,2"} or {@code "3^4^5"} in exchange rows. */
    LIST,
    /** Date: {@code yyyy-MM-dd} canonically, {@code yyyy-MM-dd HH:mm:ss} in exchange rows. */
    DATE,
    /** A child table (申请材料, 收费项目 …): an array of objects in both forms. */
    CHILDREN
}
