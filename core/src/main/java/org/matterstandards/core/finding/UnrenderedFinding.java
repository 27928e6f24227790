package org.matterstandards.core.finding;

import java.util.Map;
import java.util.Objects;

/**
 * A finding not yet rendered (未渲染的发现): what a reader, a stage or a list rule found — the code, where in the record,
 * the message arguments — before the finding factory gives it its severity, its message and the record's index and
 * identifier. Every part of the library that hands such a problem on uses this one type: a value a reader could not
 * convert, an element it could not read at all, a problem met while binding, a finding a list rule keeps until its
 * run ends.
 *
 * @param code      the rule code, e.g. {@code SC-0201}
 * @param pointer   JSON Pointer (RFC 6901) inside the record, {@code ""} for the whole record
 * @param arguments named message arguments in a stable order; a value may still be a message key that the pipeline
 *                  renders ({@code expected}, {@code limit} …)
 * @param location  where in the source the element is (a cell, a line), {@code null} when only the record's location
 *                  is known
 */
public record UnrenderedFinding(String code, String pointer, Map<String, Object> arguments, SourceLocation location) {

    /** Validates the components and copies the arguments, keeping their order. */
    public UnrenderedFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        arguments = FrozenArguments.of(arguments);
    }

    /**
     * A finding located by its record alone.
     *
     * @param code      the rule code
     * @param pointer   JSON Pointer inside the record
     * @param arguments named message arguments
     */
    public UnrenderedFinding(String code, String pointer, Map<String, Object> arguments) {
        this(code, pointer, arguments, null);
    }
}
