package org.matterstandards.sdk.input.internal;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one record's text to a tree (记录解析) exactly as a mapper with
 * {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} does, at the cost of a parse without it.
 *
 * <p>The parser's duplicate detection keeps a set of names per object; on a record of a hundred elements that was a
 * quarter of the parse's allocation (6.4 against 4.8 bytes per input byte) and a sixth of its time. Building the tree
 * finds a duplicate name for free (putting it into the object returns the earlier value), so the record is read with
 * that check instead ({@link DeserializationFeature#FAIL_ON_READING_DUP_TREE_KEY}). Only when that read fails — a
 * duplicate, a syntax error, a limit — is the text read again by the strict mapper, which fails with the very
 * exception (message, line, column) the record has always been reported with. Thread-safe.
 *
 * <p>Used by {@code MatterValidator.validate(String)} and by the JSON reader of files ({@code sdk.io.json}), so that a
 * record reads alike from either.
 */
public final class RecordTreeReader {

    private final ObjectMapper strict;
    /** The read without the parser's duplicate detection; {@code null} when the mapper has none to spare. */
    private final ObjectReader fast;

    /**
     * @param strict the mapper whose result and errors to give, with duplicate detection on
     * @throws IllegalArgumentException when the mapper does not detect duplicates (nothing to spare)
     */
    public RecordTreeReader(ObjectMapper strict) {
        this(strict, strict, false);
    }

    /**
     * A reader whose quick read ({@link #readQuickly}) is made by another mapper: one configured as the strict one
     * but for tighter {@linkplain tools.jackson.core.StreamReadConstraints stream limits} (a shallower nesting), so
     * that the quick read also refuses what those limits refuse, in the same pass. {@link #read} gives what the
     * strict mapper gives, as before.
     *
     * @param strict the mapper whose result and errors to give, with duplicate detection on
     * @param quick  a mapper configured as {@code strict}, with duplicate detection on, but for its stream limits
     * @throws IllegalArgumentException when either mapper does not detect duplicates
     */
    public RecordTreeReader(ObjectMapper strict, ObjectMapper quick) {
        this(strict, quick, false);
        if (!quick.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
            throw new IllegalArgumentException("the quick mapper must detect duplicate names");
        }
    }

    private RecordTreeReader(ObjectMapper strict, ObjectMapper quick, boolean anyMapper) {
        this.strict = Objects.requireNonNull(strict, "strict");
        boolean detects = strict.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        if (!detects && !anyMapper) {
            throw new IllegalArgumentException("the mapper must detect duplicate names");
        }
        this.fast = detects ? quick.reader()
                .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY) : null;
    }

    /**
     * A reader for any mapper: the cheap read of {@link #RecordTreeReader(ObjectMapper)} when the mapper detects
     * duplicate names, else simply the mapper's own {@code readTree} (there is nothing to spare).
     *
     * @param mapper the mapper whose result and errors to give
     * @return the reader
     */
    public static RecordTreeReader of(ObjectMapper mapper) {
        return new RecordTreeReader(mapper, mapper, true);
    }

    /**
     * @param json the text of one JSON value
     * @return its tree, as the strict mapper's {@code readTree} gives it
     * @throws JacksonException as the strict mapper's {@code readTree} throws it
     */
    public JsonNode read(String json) {
        JsonNode tree = readQuickly(json);
        // Rare (malformed records only): the strict read fails the same way, with the error users have seen.
        return tree != null ? tree : strict.readTree(json);
    }

    /**
     * The quick read alone, for a caller that checks more before the strict read when it fails.
     *
     * @param json the text of one JSON value
     * @return its tree, as the strict mapper's {@code readTree} gives it; {@code null} when the quick read failed: a
     *         duplicate name, a syntax error, or a stream limit of the quick mapper (the nesting, for one)
     */
    public JsonNode readQuickly(String json) {
        if (fast == null) {
            return null;
        }
        try {
            return fast.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
    }
}
