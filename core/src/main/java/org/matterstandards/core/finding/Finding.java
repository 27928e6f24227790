package org.matterstandards.core.finding;

import java.util.Map;
import java.util.Objects;

/**
 * One problem found in one record (校验发现).
 *
 * <p>A finding is about the data. Failures of the processing itself (an unreadable file, a bug) are not findings.
 * Machine-readable parts ({@code code}, {@code pointer}, {@code messageKey}, {@code arguments}) never depend on the
 * locale; only {@code message} is rendered, in the locale the validator was built with.
 *
 * @param code        stable rule code {@code DOMAIN-NNNN}, e.g. {@code SM-0301}; never reused for another meaning
 * @param severity    the effective severity after profile overrides
 * @param pointer     JSON Pointer (RFC 6901) into the record, {@code ""} for the whole record
 * @param recordIndex 0-based position of the record in its input
 * @param recordId    the record's own identifier (task code, catalog code …) when present, else {@code null}
 * @param messageKey  key of the message in the bundle, usually {@code CODE.message}
 * @param arguments   named message arguments, in a stable order
 * @param message     the rendered message in the validator's locale
 * @param location    where in the source file, {@link SourceLocation#UNKNOWN} when not known
 */
public record Finding(
        String code,
        Severity severity,
        String pointer,
        long recordIndex,
        String recordId,
        String messageKey,
        Map<String, Object> arguments,
        String message,
        SourceLocation location) {

    /** Validates and defensively copies the components. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        arguments = FrozenArguments.of(arguments);     // no copy of arguments already frozen (withLocation …)
        location = location == null ? SourceLocation.UNKNOWN : location;
    }

    /** @return the rule domain, the part of the code before the hyphen, e.g. {@code SM} */
    public String domain() {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    /**
     * A copy of this finding with another source location (used by input adapters that know the file and row).
     *
     * @param newLocation the location
     * @return the copy
     */
    public Finding withLocation(SourceLocation newLocation) {
        return new Finding(code, severity, pointer, recordIndex, recordId, messageKey, arguments, message, newLocation);
    }
}
