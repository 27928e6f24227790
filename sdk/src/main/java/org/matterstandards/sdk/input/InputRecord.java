package org.matterstandards.sdk.input;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.UnrenderedFinding;
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
     * A readable record in canonical form.
     *
     * @param index    0-based position
     * @param location where it starts (for spreadsheets: the sheet and row)
     * @param node     the object, with canonical element names
     * @param problems values the input adapter could not convert (empty for canonical JSON)
     * @param cells    where each element came from (for CSV and XLSX), {@link CellLocator#NONE} otherwise
     */
    record Parsed(long index, SourceLocation location, ObjectNode node, List<UnrenderedFinding> problems,
                  CellLocator cells) implements InputRecord {

        /** Copies the problems. */
        public Parsed {
            problems = List.copyOf(problems);
            cells = Objects.requireNonNullElse(cells, CellLocator.NONE);
        }

        /**
         * A record read as canonical JSON: nothing converted, no cells.
         *
         * @param index    0-based position
         * @param location where it starts
         * @param node     the object
         */
        public Parsed(long index, SourceLocation location, ObjectNode node) {
            this(index, location, node, List.of(), CellLocator.NONE);
        }
    }

    /**
     * An element that could not be read as a JSON object.
     *
     * @param index    0-based position
     * @param location where the problem is
     * @param finding  the structure rule code (malformed JSON, not an object) and its message arguments, about the
     *                 whole record
     */
    record Unreadable(long index, SourceLocation location, UnrenderedFinding finding) implements InputRecord {

        /**
         * @param index     0-based position
         * @param location  where the problem is
         * @param code      the structure rule code
         * @param arguments message arguments
         */
        public Unreadable(long index, SourceLocation location, String code, Map<String, Object> arguments) {
            this(index, location, new UnrenderedFinding(code, "", arguments, location));
        }

        /** @return the finding's code (shorthand for {@code finding().code()}) */
        public String code() {
            return finding.code();
        }

        /** @return the finding's message arguments (shorthand for {@code finding().arguments()}) */
        public Map<String, Object> arguments() {
            return finding.arguments();
        }
    }
}
