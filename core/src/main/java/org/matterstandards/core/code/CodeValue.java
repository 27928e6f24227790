package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The common part of the code value objects (编码值对象): the code text, equality by kind and text, and the text as
 * the string and JSON form. Subclasses only validate and add accessors for their parts.
 */
public abstract class CodeValue {

    private final String value;

    /**
     * @param value the code text, already checked by the subclass
     */
    protected CodeValue(String value) {
        this.value = value;
    }

    /**
     * Returns the code string (编码值).
     *
     * @return the code exactly as written
     */
    @JsonValue
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((CodeValue) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the code string, as {@link #value()}. */
    @Override
    public final String toString() {
        return value;
    }
}
