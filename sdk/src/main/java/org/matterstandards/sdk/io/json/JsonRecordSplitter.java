package org.matterstandards.sdk.io.json;

import java.io.IOException;
import java.io.Reader;
import org.matterstandards.sdk.input.internal.TextDecoding;

/**
 * Cuts JSON text into the text of one record at a time without parsing it (JSON 记录切分): NDJSON lines, the elements
 * of a top-level array, or top-level objects one after another. It only follows strings and brackets, with a counter
 * rather than recursion, so a record nested thousands deep, a broken record or a record of a gigabyte is cut out like
 * any other, and the records after it are still read. Text beyond {@code maxChars} is counted, not kept: memory stays
 * bounded whatever the input. Not thread-safe.
 */
final class JsonRecordSplitter {

    /** How records are laid out. */
    enum Layout {
        /** One record per line. */
        LINES,
        /** The elements of one top-level array. */
        ARRAY,
        /** Top-level values one after another (usually a single object). */
        VALUES
    }

    /** What else is wrong with a piece besides what the parser will say. */
    enum Trouble {
        /** Nothing. */
        NONE,
        /** The input ends inside the record, or the array is never closed. */
        UNTERMINATED,
        /** Text after the end of the top-level array. */
        TRAILING
    }

    /**
     * The text of one record.
     *
     * @param text     the record's text, {@code null} when it is longer than the limit
     * @param line     1-based line where it starts
     * @param column   1-based column where it starts
     * @param chars    its length in characters
     * @param maxDepth the deepest nesting of objects and arrays in it
     * @param trouble  what the cutting found wrong
     * @param badBytes whether the text holds {@link TextDecoding#BAD_BYTES}: bytes that were not valid in the
     *                 input's encoding
     */
    record Piece(String text, long line, long column, long chars, long maxDepth, Trouble trouble,
                 boolean badBytes) {
    }

    private final Reader in;
    private final Layout layout;
    private final int maxChars;
    /** The buffer of a file's text: large enough that a record is usually cut out of it in one piece. */
    static final int FILE_BUFFER = 1 << 16;

    private final char[] buffer;
    private int position;
    private int end;
    private long offset;
    private long bufferStart;
    private long line = 1;
    private long lineStart;
    private boolean arrayOpened;
    private boolean arrayClosed;
    private boolean finished;
    private StringBuilder text;
    private long pieceLine;
    private long pieceColumn;
    private long chars;
    private boolean badBytes;

    /**
     * @param in       the characters, positioned at the first significant one (after any BOM)
     * @param layout   how records are laid out
     * @param maxChars the longest record text kept
     */
    JsonRecordSplitter(Reader in, Layout layout, int maxChars) {
        this(in, layout, maxChars, FILE_BUFFER);
    }

    /**
     * @param in          the characters, positioned at the first significant one (after any BOM)
     * @param layout      how records are laid out
     * @param maxChars    the longest record text kept
     * @param bufferChars the characters read at a time: {@link #FILE_BUFFER} for a file, less for one short text
     */
    JsonRecordSplitter(Reader in, Layout layout, int maxChars, int bufferChars) {
        this.in = in;
        this.layout = layout;
        this.maxChars = maxChars;
        this.buffer = new char[bufferChars];
    }

    /**
     * Cuts the next record.
     *
     * @return its text, or {@code null} at the end of the input
     * @throws IOException when the input cannot be read (including bytes that are not valid in its encoding)
     */
    Piece next() throws IOException {
        if (finished) {
            return null;
        }
        return switch (layout) {
            case LINES -> nextLine();
            case ARRAY -> nextElement();
            case VALUES -> nextValue();
        };
    }

    private Piece nextLine() throws IOException {
        while (true) {
            if (peek() < 0) {
                finished = true;
                return null;
            }
            start();
            Brackets scan = new Brackets();
            String whole = null;
            boolean ended = false;
            // Works on the buffer itself, one pass per chunk: a line of a gigabyte must cost little more than reading
            // it. Beyond the limit only the line end matters.
            while (!ended && (position < end || fill())) {
                int from = position;
                int i = text == null ? lineEnd(from) : scan.scanLine(buffer, from, end);
                ended = i < end;
                if (ended && text != null && text.isEmpty() && i - from <= maxChars) {
                    // The whole line lies in the buffer: one copy of it rather than two.
                    chars = i - from;
                    whole = new String(buffer, from, i - from);
                } else {
                    keep(from, i);
                }
                if (ended) {
                    line++;
                    lineStart = bufferStart + i + 1;
                    i++;
                }
                position = i;
                offset = bufferStart + i;
            }
            if (text == null || !scan.blank) {
                badBytes = scan.bad;
                return whole == null ? piece(scan.deepest, Trouble.NONE) : piece(whole, scan.deepest, Trouble.NONE);
            }
        }
    }

    /** @return the index of the next line end in the buffer from {@code from}, or its end */
    private int lineEnd(int from) {
        int i = from;
        while (i < end && buffer[i] != '\n') {
            i++;
        }
        return i;
    }

    private Piece nextElement() throws IOException {
        if (!arrayOpened) {
            arrayOpened = true;
            read();
            skipWhitespace();
            if (peek() == ']') {
                read();
                arrayClosed = true;
            }
        }
        if (arrayClosed) {
            return trailing();
        }
        skipWhitespace();
        if (peek() < 0) {
            finished = true;
            return new Piece("", line, column(), 0, 0, Trouble.UNTERMINATED, false);
        }
        start();
        Brackets brackets = new Brackets();
        Trouble trouble = Trouble.UNTERMINATED;
        int c;
        while ((c = read()) >= 0) {
            int seen = brackets.see((char) c);
            if (seen < 0) {
                if (brackets.depth == 0 && c == ']') {
                    arrayClosed = true;
                    trouble = Trouble.NONE;
                    break;
                }
                brackets.depth = Math.max(brackets.depth - 1, 0);
            } else if (c == ',' && brackets.depth == 0 && !brackets.inString) {
                trouble = Trouble.NONE;
                break;
            }
            keep(c);
        }
        if (c < 0) {
            finished = true;
        }
        return piece(brackets.deepest, trouble);
    }

    /** Whatever follows the closing bracket of the array: nothing but white space, or one piece of trailing text. */
    private Piece trailing() throws IOException {
        skipWhitespace();
        finished = true;
        if (peek() < 0) {
            return null;
        }
        start();
        for (int c = read(); c >= 0; c = read()) {
            keep(c);
        }
        return piece(0, Trouble.TRAILING);
    }

    private Piece nextValue() throws IOException {
        skipWhitespace();
        if (peek() < 0) {
            finished = true;
            return null;
        }
        start();
        Brackets brackets = new Brackets();
        int c;
        while ((c = read()) >= 0) {
            keep(c);
            if (brackets.see((char) c) < 0 && --brackets.depth <= 0) {
                return piece(brackets.deepest, Trouble.NONE);
            }
        }
        finished = true;
        return piece(brackets.deepest,
                brackets.depth > 0 ? Trouble.UNTERMINATED : Trouble.NONE);
    }

    /**
     * The deepest nesting of objects and arrays anywhere in a text, followed as the pieces are (brackets inside strings
     * do not count; a stray closing bracket does not go below zero). Allocates nothing: for a record already in memory.
     *
     * @param text the text
     * @return the deepest nesting
     */
    static long deepestNesting(CharSequence text) {
        Brackets brackets = new Brackets();
        for (int i = 0, n = text.length(); i < n; i++) {
            if (brackets.see(text.charAt(i)) < 0) {
                brackets.depth = Math.max(brackets.depth - 1, 0);
            }
        }
        return brackets.deepest;
    }

    /**
     * Follows the strings and brackets of one record's text (括号跟踪): whether a character is inside a string, how
     * deep the brackets are and how deep they went. A closing bracket is left to the caller of {@link #see}, which
     * knows what it ends; {@link #scanLine} follows a whole NDJSON line at once.
     */
    private static final class Brackets {

        private long depth;
        private long deepest;
        private boolean inString;
        private boolean escaped;
        /** For {@link #scanLine}: no significant character seen yet. */
        private boolean blank = true;
        /** For {@link #scanLine}: bytes that were not UTF-8 seen. */
        private boolean bad;

        /**
         * @param c the next character
         * @return 1 for an opening bracket outside a string, -1 for a closing one, 0 for anything else
         */
        int see(char c) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return 0;
            }
            if (c == '"') {
                inString = true;
                return 0;
            }
            if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
                return 1;
            }
            return c == '}' || c == ']' ? -1 : 0;
        }

        /**
         * Follows one NDJSON line (行扫描) through {@code chunk[from, to)}: its end, its strings and brackets, whether it
         * is blank and whether it holds bad bytes, in one pass. Written out rather than calling {@link #see} per
         * character: the CLI runs C1-compiled code, which would not inline that call.
         *
         * @return the index of the line end in {@code chunk[from, to)}, or {@code to} when the line goes on
         */
        int scanLine(char[] chunk, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = chunk[i];
                if (c == '\n') {
                    return i;
                }
                if (c == TextDecoding.BAD_BYTES) {
                    bad = true;
                }
                if (inString) {
                    // As see does. A string starts with a quote, so the line is known not to be blank already.
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else {
                        inString = c != '"';
                    }
                    continue;
                }
                if (blank) {
                    // Only until the first significant character: most lines start with one.
                    blank = Character.isWhitespace(c);
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    deepest = Math.max(deepest, ++depth);
                } else if (c == '}' || c == ']') {
                    // A stray closing bracket may take the depth below zero, as it always has for lines.
                    depth--;
                }
            }
            return to;
        }
    }

    /** Starts a piece at the current position. */
    private void start() {
        text = new StringBuilder();
        chars = 0;
        badBytes = false;
        pieceLine = line;
        pieceColumn = column();
    }

    /** Keeps buffer[from, to) while the record is within the limit. */
    private void keep(int from, int to) {
        int count = to - from;
        chars += count;
        if (text != null) {
            if (chars <= maxChars) {
                text.append(buffer, from, count);
            } else {
                text = null;
            }
        }
    }

    private void keep(int c) {
        if (++chars <= maxChars) {
            text.append((char) c);
            badBytes |= c == TextDecoding.BAD_BYTES;
        } else if (text != null) {
            text = null;
        }
    }

    private Piece piece(long deepest, Trouble trouble) {
        return piece(text == null ? null : text.toString(), deepest, trouble);
    }

    private Piece piece(String kept, long deepest, Trouble trouble) {
        text = null;
        return new Piece(kept, pieceLine, pieceColumn, chars, deepest, trouble, badBytes);
    }

    private void skipWhitespace() throws IOException {
        for (int c = peek(); c >= 0 && Character.isWhitespace(c); c = peek()) {
            read();
        }
    }

    private long column() {
        return offset - lineStart + 1;
    }

    private int peek() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        offset++;
        if (c == '\n') {
            line++;
            lineStart = offset;
        }
        return c;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        bufferStart = offset;
        position = 0;
        end = n;
        return true;
    }
}
