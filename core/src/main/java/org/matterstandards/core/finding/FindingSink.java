package org.matterstandards.core.finding;

import java.util.Map;

/**
 * Receives the findings of one record while it is checked (校验发现接收器).
 *
 * <p>The sink knows the record (index, id, source location), the profile and the locale, so a check only says what is
 * wrong and where. Implementations are used by one thread at a time.
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * Reports a finding.
     *
     * @param code      the rule code, e.g. {@code SM-0301}
     * @param pointer   JSON Pointer of the offending element inside the record, {@code ""} for the whole record
     * @param arguments named message arguments (use a map with a stable order, e.g. {@link Args#of(Object...)})
     */
    void report(String code, String pointer, Map<String, ?> arguments);
}
