package org.matterstandards.sdk.io;

import java.util.Map;
import org.matterstandards.core.finding.SourceLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element read from an input (输入记录): either a JSON object ready for validation, or the reason it could not be
 * read. Either way it becomes exactly one validation result.
 */
public sealed interface InputRecord {

    /** @return 0-based position in the input */
    long index();

    /** @return where the element starts in its file */
    SourceLocation location();

    /**
     * A readable JSON object.
     *
     * @param index    0-based position
     * @param location where it starts
     * @param node     the object
     */
    record Parsed(long index, SourceLocation location, ObjectNode node) implements InputRecord {
    }

    /**
     * An element that could not be read as a JSON object.
     *
     * @param index     0-based position
     * @param location  where the problem is
     * @param code      the structure rule code (malformed JSON, not an object)
     * @param arguments message arguments
     */
    record Unreadable(long index, SourceLocation location, String code, Map<String, Object> arguments)
            implements InputRecord {
    }
}
