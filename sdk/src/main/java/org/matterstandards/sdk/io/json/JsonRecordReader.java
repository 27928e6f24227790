package org.matterstandards.sdk.io.json;

import org.matterstandards.sdk.input.InputLimits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.input.internal.RecordTreeReader;
import org.matterstandards.sdk.input.internal.TextDecoding;
import org.matterstandards.sdk.io.internal.DeferredRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the records of a JSON input one at a time with bounded memory (JSON 记录读取): a JSON array of objects,
 * NDJSON (one object per line), or a single object.
 *
 * <p>Every element yields one {@link InputRecord}. {@link JsonRecordSplitter} cuts the text of each record out of
 * the input before it is parsed, so a malformed record, a record nested too deep or a record larger than the limits
 * ({@link InputLimits}) becomes one {@link InputRecord.Unreadable} with its line and column, and reading goes on with
 * the next record — in an NDJSON file and inside a JSON array alike. An array that is never closed and text after
 * its end are one more unreadable element each, so nothing is dropped silently. Problems with the file as a whole
 * (empty, not UTF-8, not an object or array) raise {@link InputException}.
 *
 * <p>Not thread-safe: one reader per input.
 */
public final class JsonRecordReader implements RecordReader, DeferredRecords {

    /** How far the NDJSON test looks: a first line longer than this is not taken as an NDJSON record. */
    private static final int FIRST_LINE_SNIFF = 1 << 20;

    /** The mapper's trees and errors, read without the parser's duplicate-name sets, as validate(String) reads. */
    private final RecordTreeReader trees;
    private final String sourceName;
    private final BufferedReader text;
    private final JsonRecordSplitter.Layout layout;
    private final JsonRecordSplitter splitter;
    private final InputLimits limits;
    private InputRecord next;
    private InputRecord pending;
    private long index;
    /** Added to the splitter's line numbers: non-zero only for a line read with {@link #readText}. */
    private long lineOffset;
    private boolean finished;

    private JsonRecordReader(ObjectMapper mapper, String sourceName, BufferedReader text,
                             JsonRecordSplitter.Layout layout, InputLimits limits, int bufferChars) {
        this.trees = RecordTreeReader.of(mapper);
        this.sourceName = sourceName;
        this.text = text;
        this.layout = layout;
        this.limits = limits;
        this.splitter = new JsonRecordSplitter(text, layout, limits.maxRecordChars(), bufferChars);
    }

    /**
     * Opens an input with the library's limits, deciding from its first characters (and the NDJSON hint) how to
     * read it.
     *
     * @param mapper     the JSON mapper
     * @param in         the bytes, UTF-8 with or without BOM; closed by {@link #close()}
     * @param sourceName the file name, for locations and messages
     * @param lines      {@code true} to read one object per line whatever the content (.ndjson, .jsonl files)
     * @return the reader
     * @throws InputException when the input is empty, not UTF-8 or neither an object nor an array
     */
    public static JsonRecordReader open(ObjectMapper mapper, InputStream in, String sourceName, boolean lines) {
        return open(mapper, in, sourceName, lines, InputLimits.defaults());
    }

    /**
     * Opens an input, deciding from its first characters (and the NDJSON hint) how to read it.
     *
     * @param mapper     the JSON mapper
     * @param in         the bytes, UTF-8 with or without BOM; closed by {@link #close()}
     * @param sourceName the file name, for locations and messages
     * @param lines      {@code true} to read one object per line whatever the content (.ndjson, .jsonl files)
     * @param limits     the nesting depth and record size beyond which a record is reported unread
     * @return the reader
     * @throws InputException when the input is empty, not UTF-8 or neither an object nor an array
     */
    public static JsonRecordReader open(ObjectMapper mapper, InputStream in, String sourceName, boolean lines,
                                        InputLimits limits) {
        try {
            TextDecoding.Decoded decoded = TextDecoding.open(in, null, true);
            if (decoded.guessed()) {
                // GBK bytes: every record would be garbled, so the file as a whole is refused.
                throw new InputException("input.notUtf8", Args.of("file", sourceName), null);
            }
            BufferedReader text = new BufferedReader(decoded.reader(), 1 << 16);
            int first = firstSignificant(text, sourceName);
            JsonRecordSplitter.Layout layout;
            if (lines) {
                layout = JsonRecordSplitter.Layout.LINES;
            } else if (first == '[') {
                layout = JsonRecordSplitter.Layout.ARRAY;
            } else if (first == '{') {
                layout = firstLineIsWholeObject(mapper, text) ? JsonRecordSplitter.Layout.LINES
                        : JsonRecordSplitter.Layout.VALUES;
            } else {
                throw new InputException("input.notObjectOrArray",
                        Args.of("file", sourceName, "found", Character.toString(first)), null);
            }
            return new JsonRecordReader(mapper, sourceName, text, layout, limits, JsonRecordSplitter.FILE_BUFFER);
        } catch (CharacterCodingException e) {
            throw new InputException("input.notUtf8", Args.of("file", sourceName), e);
        } catch (IOException e) {
            throw new InputException("input.unreadable", Args.of("file", sourceName, "detail", e.getMessage()), e);
        }
    }

    /**
     * Applies the reading limits to one record given as text (as {@link org.matterstandards.sdk.MatterValidator}
     * validates it), before it is parsed: a record larger or nested deeper than the limits.
     *
     * @param json   the record's text
     * @param limits the limits
     * @return the record as unreadable when it is beyond a limit, else empty
     */
    public static Optional<InputRecord> beyondLimits(String json, InputLimits limits) {
        if (json.length() <= limits.maxRecordChars() && JsonRecordSplitter.deepestNesting(json) <= limits.maxNestingDepth()) {
            // The usual case, decided without the splitter's buffers: a string this short and this shallow holds no
            // record beyond either limit, so the splitter would say the same.
            return Optional.empty();
        }
        JsonRecordSplitter.Piece piece;
        try {
            piece = new JsonRecordSplitter(new StringReader(json), JsonRecordSplitter.Layout.VALUES,
                    limits.maxRecordChars()).next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (piece != null && piece.text() == null) {
            return Optional.of(tooLarge(0, SourceLocation.UNKNOWN, "recordChars", piece.chars(),
                    limits.maxRecordChars()));
        }
        if (piece != null && piece.maxDepth() > limits.maxNestingDepth()) {
            return Optional.of(tooLarge(0, SourceLocation.UNKNOWN, "nesting", piece.maxDepth(),
                    limits.maxNestingDepth()));
        }
        return Optional.empty();
    }

    /** Skips a BOM and white space; leaves the stream at the first significant character. */
    private static int firstSignificant(BufferedReader text, String sourceName) throws IOException {
        while (true) {
            text.mark(4);
            int c = text.read();
            if (c < 0) {
                throw new InputException("input.empty", Args.of("file", sourceName), null);
            }
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                int second = text.read();
                text.reset();
                if (c == 0 || second == 0) {
                    // UTF-16 without a byte-order mark: valid UTF-8 bytes, but every other character is NUL.
                    throw new InputException("input.notUtf8", Args.of("file", sourceName), null);
                }
                return c;
            }
        }
    }

    /**
     * Whether the first line alone is one complete JSON object, the mark of NDJSON. Reads at most
     * {@link #FIRST_LINE_SNIFF} characters, so a file that is one huge line is never held in memory.
     */
    private static boolean firstLineIsWholeObject(ObjectMapper mapper, BufferedReader text) throws IOException {
        text.mark(FIRST_LINE_SNIFF + 1);
        char[] head = new char[FIRST_LINE_SNIFF];
        int length = 0;
        for (int n = 0; n >= 0 && length < head.length; length += n) {
            n = text.read(head, length, head.length - length);
            if (n < 0) {
                break;
            }
        }
        text.reset();
        int end = 0;
        while (end < length && head[end] != '\n') {
            end++;
        }
        if (end == length && length == head.length) {
            return false;
        }
        try {
            return mapper.readTree(new String(head, 0, end)) instanceof ObjectNode;
        } catch (JacksonException e) {
            return false;
        }
    }

    @Override
    public InputFormat format() {
        return layout == JsonRecordSplitter.Layout.LINES ? InputFormat.NDJSON : InputFormat.JSON;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            Pending cut = reading();
            next = cut == null ? null : cut.get();
            if (next == null) {
                finished = true;
            }
        }
        return next != null;
    }

    @Override
    public Pending nextDeferred() {
        if (next != null) {
            InputRecord record = next;
            next = null;
            return Pending.of(record);
        }
        if (finished) {
            return null;
        }
        Pending cut = reading();
        if (cut == null) {
            finished = true;
        }
        return cut;
    }

    /** The next record as {@link #readNext()} cuts it, with a failure of the input as a whole as an InputException. */
    private Pending reading() {
        try {
            return readNext();
        } catch (CharacterCodingException e) {
            throw new InputException("input.notUtf8", Args.of("file", sourceName), e);
        } catch (IOException e) {
            throw new InputException("input.unreadable", Args.of("file", sourceName, "detail", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InputException("input.notUtf8", Args.of("file", sourceName), e);
            }
            throw new InputException("input.unreadable",
                    Args.of("file", sourceName, "detail", e.getMessage()), e);
        }
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord record = next;
        next = null;
        return record;
    }

    /**
     * Cuts the next record; the parse, the costly part, is left to the supplier, except where what follows the record
     * depends on it (an array left open after its last element).
     */
    private Pending readNext() throws IOException {
        if (pending != null) {
            InputRecord record = pending;
            pending = null;
            return Pending.of(record);
        }
        JsonRecordSplitter.Piece piece = splitter.next();
        if (piece == null) {
            return null;
        }
        long at = index++;
        SourceLocation location = SourceLocation.ofText(sourceName, line(piece), piece.column());
        InputRecord refused = refused(at, location, piece);
        if (refused != null) {
            return Pending.of(refused);
        }
        if (piece.trouble() == JsonRecordSplitter.Trouble.UNTERMINATED && layout == JsonRecordSplitter.Layout.ARRAY) {
            InputRecord record = parse(at, piece, location);
            if (record instanceof InputRecord.Parsed) {
                pending = flawed(index++, line(piece), piece.column() + piece.chars(), "unclosed");
            }
            return Pending.of(record);
        }
        return new PendingParse(at, piece, location);
    }

    /** A record cut out but not parsed yet; its text is let go once parsed, since the record may be large. */
    private final class PendingParse implements Pending {
        private final long at;
        private final SourceLocation location;
        private final long chars;
        private JsonRecordSplitter.Piece piece;

        PendingParse(long at, JsonRecordSplitter.Piece piece, SourceLocation location) {
            this.at = at;
            this.piece = piece;
            this.location = location;
            this.chars = piece.chars();
        }

        @Override
        public long chars() {
            return chars;
        }

        @Override
        public InputRecord get() {
            InputRecord record = parse(at, piece, location);
            piece = null;
            return record;
        }
    }

    /** A record that needs no parse: what the splitter or the limits already refuse; {@code null} otherwise. */
    private InputRecord refused(long at, SourceLocation location, JsonRecordSplitter.Piece piece) {
        if (piece.trouble() == JsonRecordSplitter.Trouble.TRAILING) {
            return flawed(at, line(piece), piece.column(), "trailing");
        }
        if (piece.text() == null) {
            return tooLarge(at, location, "recordChars", piece.chars(), limits.maxRecordChars());
        }
        if (piece.maxDepth() > limits.maxNestingDepth()) {
            return tooLarge(at, location, "nesting", piece.maxDepth(), limits.maxNestingDepth());
        }
        if (piece.badBytes()) {
            return flawed(at, line(piece), piece.column(), "badBytes");
        }
        if (piece.text().isEmpty()) {
            return flawed(at, line(piece), piece.column(), "unclosed");
        }
        return null;
    }

    private InputRecord parse(long at, JsonRecordSplitter.Piece piece, SourceLocation location) {
        try {
            JsonNode node = trees.read(piece.text());
            if (node instanceof ObjectNode object) {
                return new InputRecord.Parsed(at, location, object);
            }
            return notAnObject(at, location, node.getNodeType().name());
        } catch (JacksonException e) {
            // Syntax errors, duplicate keys and the parser's own constraints (number length …) alike.
            TokenStreamLocation where = e.getLocation();
            if (where == null || where.getLineNr() < 1) {
                return malformed(at, line(piece), piece.column(), e.getOriginalMessage());
            }
            long line = line(piece) + where.getLineNr() - 1;
            long column = where.getLineNr() == 1 ? piece.column() + Math.max(where.getColumnNr(), 1) - 1
                    : where.getColumnNr();
            return malformed(at, line, column, e.getOriginalMessage());
        }
    }

    /** The piece's line in the input. */
    private long line(JsonRecordSplitter.Piece piece) {
        return lineOffset + piece.line();
    }

    /**
     * Reads one record given as text, exactly as this reader reads each line of an NDJSON input, limits included:
     * for inputs that another engine has split into lines (a Spark job), so that each line gets the same result and
     * location as in a file.
     *
     * @param mapper     the JSON mapper
     * @param sourceName the file name, for locations
     * @param at         0-based index of the record in its input
     * @param firstLine  1-based line number the text starts on
     * @param json       the text of one JSON object (not blank)
     * @param limits     the nesting depth and record size beyond which the record is reported unread
     * @return the record, or why it cannot be read
     */
    public static InputRecord readText(ObjectMapper mapper, String sourceName, long at, long firstLine, String json,
                                       InputLimits limits) {
        // Engines call this once per line: the splitter's buffer is the size of the line, not a file's (144 KB of
        // buffers a line before), and the splitter's reads, never smaller than the reader's one-character buffer,
        // pass through it to the string.
        int bufferChars = Math.min(json.length() + 1, JsonRecordSplitter.FILE_BUFFER);
        JsonRecordReader reader = new JsonRecordReader(mapper, sourceName,
                new BufferedReader(new StringReader(json), 1), JsonRecordSplitter.Layout.LINES, limits, bufferChars);
        reader.index = at;
        reader.lineOffset = firstLine - 1;
        if (!reader.hasNext()) {
            throw new IllegalArgumentException("a blank line is no record");
        }
        return reader.next();
    }

    private InputRecord malformed(long at, long line, long column, String detail) {
        return malformed(sourceName, at, line, column, detail);
    }

    private static InputRecord malformed(String sourceName, long at, long line, long column, String detail) {
        return new InputRecord.Unreadable(at, SourceLocation.ofText(sourceName, line, column),
                StructureRules.MALFORMED_JSON, Args.of("line", line, "column", column, "detail", detail));
    }

    /** A record the splitter found broken; the detail is a message key ({@code io.detail.*}) the pipeline renders. */
    private InputRecord flawed(long at, long line, long column, String detail) {
        return new InputRecord.Unreadable(at, SourceLocation.ofText(sourceName, line, column),
                StructureRules.MALFORMED_JSON, Args.of("line", line, "column", column, "detailKey", detail));
    }

    private static InputRecord tooLarge(long at, SourceLocation location, String limit, long actual, long max) {
        return new InputRecord.Unreadable(at, location, StructureRules.LIMIT_EXCEEDED,
                Args.of("limit", limit, "actual", actual, "max", max));
    }

    private static InputRecord notAnObject(long at, SourceLocation location, String actual) {
        return new InputRecord.Unreadable(at, location, StructureRules.NOT_AN_OBJECT, Args.of("actual", actual));
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
