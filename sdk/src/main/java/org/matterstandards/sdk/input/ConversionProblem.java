package org.matterstandards.sdk.input;

import java.util.Map;
import org.matterstandards.core.finding.SourceLocation;

/**
 * A value an input adapter could not convert to the canonical form (转换问题). The pipeline reports it as a finding on
 * {@code pointer}; the value itself is left out of the canonical record, and the model stage does not report the same
 * element again.
 *
 * @param code      an {@link org.matterstandards.core.rule.InputRules} code
 * @param pointer   JSON Pointer of the element in the canonical record
 * @param arguments message arguments (the pipeline adds {@code label})
 * @param location  the cell or line the value came from, {@code null} when only the record's location is known
 */
public record ConversionProblem(String code, String pointer, Map<String, Object> arguments,
                                SourceLocation location) {

    /** Copies the arguments. */
    public ConversionProblem {
        arguments = Map.copyOf(arguments);
    }
}
