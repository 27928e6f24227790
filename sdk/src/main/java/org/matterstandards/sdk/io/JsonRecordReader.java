package org.matterstandards.sdk.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.sdk.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the records of a JSON input one at a time with bounded memory (JSON 记录读取): a JSON array of objects,
 * NDJSON (one object per line), or a single object.
 *
 * <p>Every element yields one {@link InputRecord}. A malformed NDJSON line becomes an
 * {@link InputRecord.Unreadable} with its line and column, and reading goes on with the next line. Inside a JSON array
 * a syntax error cannot be skipped safely, so it yields one unreadable element and the array ends there.
 * Problems with the file as a whole (empty, not UTF-8, not an object or array) raise {@link InputException}.
 *
 * <p>Not thread-safe: one reader per input.
 */
public final class JsonRecordReader implements RecordReader {

    private enum Mode { ARRAY, LINES, SINGLE }

    private final ObjectMapper mapper;
    private final String sourceName;
    private final BufferedReader text;
    private final Mode mode;
    private JsonParser arrayParser;
    private InputRecord next;
    private long index;
    private long lineNumber;
    private boolean finished;
    private String singleDocument;

    private JsonRecordReader(ObjectMapper mapper, String sourceName, BufferedReader text, Mode mode) {
        this.mapper = mapper;
        this.sourceName = sourceName;
        this.text = text;
        this.mode = mode;
    }

    /**
     * Opens an input, deciding from its first characters (and the NDJSON hint) how to read it.
     *
     * @param mapper     the JSON mapper
     * @param in         the bytes, UTF-8 with or without BOM; closed by {@link #close()}
     * @param sourceName the file name, for locations and messages
     * @param lines      {@code true} to read one object per line whatever the content (.ndjson, .jsonl files)
     * @return the reader
     * @throws InputException when the input is empty, not UTF-8 or neither an object nor an array
     */
    public static JsonRecordReader open(ObjectMapper mapper, InputStream in, String sourceName, boolean lines) {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            int first = firstSignificant(text, sourceName);
            Mode mode;
            if (lines) {
                mode = Mode.LINES;
            } else if (first == '[') {
                mode = Mode.ARRAY;
            } else if (first == '{') {
                mode = firstLineIsWholeObject(mapper, text) ? Mode.LINES : Mode.SINGLE;
            } else {
                throw new InputException("input.notObjectOrArray",
                        Args.of("file", sourceName, "found", Character.toString(first)), null);
            }
            JsonRecordReader reader = new JsonRecordReader(mapper, sourceName, text, mode);
            reader.start();
            return reader;
        } catch (CharacterCodingException e) {
            throw new InputException("input.notUtf8", Args.of("file", sourceName), e);
        } catch (IOException e) {
            throw new InputException("input.unreadable", Args.of("file", sourceName, "detail", e.getMessage()), e);
        }
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
                text.reset();
                return c;
            }
        }
    }

    /** Whether the first line alone is one complete JSON object, the mark of NDJSON. */
    private static boolean firstLineIsWholeObject(ObjectMapper mapper, BufferedReader text) throws IOException {
        text.mark(1 << 20);
        String firstLine = text.readLine();
        text.reset();
        if (firstLine == null || firstLine.length() >= (1 << 20) - 2) {
            return false;
        }
        try {
            return mapper.readTree(firstLine) instanceof ObjectNode;
        } catch (JacksonException e) {
            return false;
        }
    }

    @Override
    public InputFormat format() {
        return mode == Mode.LINES ? InputFormat.NDJSON : InputFormat.JSON;
    }

    private void start() throws IOException {
        if (mode == Mode.ARRAY) {
            arrayParser = mapper.createParser(text);
            arrayParser.nextToken();
        } else if (mode == Mode.SINGLE) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                all.append(buffer, 0, n);
            }
            singleDocument = all.toString();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readNext();
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
            if (next == null) {
                finished = true;
            }
        }
        return next != null;
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

    private InputRecord readNext() throws IOException {
        return switch (mode) {
            case LINES -> nextLine();
            case ARRAY -> nextArrayElement();
            case SINGLE -> nextSingle();
        };
    }

    private InputRecord nextSingle() {
        if (singleDocument == null) {
            return null;
        }
        String document = singleDocument;
        singleDocument = null;
        return parseText(document, 1);
    }

    private InputRecord nextLine() throws IOException {
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                return parseText(line, lineNumber);
            }
        }
        return null;
    }

    private InputRecord parseText(String json, long firstLine) {
        return readText(mapper, sourceName, index++, firstLine, json);
    }

    /**
     * Reads one record given as text, exactly as this reader reads each line of an NDJSON input: for inputs that
     * another engine has split into lines (a Spark job), so that each line gets the same record and location.
     *
     * @param mapper     the JSON mapper
     * @param sourceName the file name, for locations
     * @param at         0-based index of the record in its input
     * @param firstLine  1-based line number the text starts on
     * @param json       the text of one JSON object
     * @return the record, or why it cannot be read
     */
    public static InputRecord readText(ObjectMapper mapper, String sourceName, long at, long firstLine, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode object) {
                return new InputRecord.Parsed(at, SourceLocation.ofText(sourceName, firstLine, 1), object);
            }
            return notAnObject(at, SourceLocation.ofText(sourceName, firstLine, 1), node.getNodeType().name());
        } catch (StreamReadException e) {
            TokenStreamLocation where = e.getLocation();
            long line = where == null ? firstLine : firstLine + Math.max(where.getLineNr(), 1) - 1;
            long column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
            return malformed(sourceName, at, line, column, e.getOriginalMessage());
        }
    }

    private InputRecord nextArrayElement() throws IOException {
        if (arrayParser == null) {
            return null;
        }
        long at = index;
        try {
            JsonToken token = arrayParser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                closeArray();
                return null;
            }
            index++;
            TokenStreamLocation start = arrayParser.currentTokenLocation();
            SourceLocation location = SourceLocation.ofText(sourceName, start.getLineNr(), start.getColumnNr());
            if (token == JsonToken.START_OBJECT) {
                // The element is one value inside the array: what follows it is the array's business.
                JsonNode node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readTree(arrayParser);
                return new InputRecord.Parsed(at, location, (ObjectNode) node);
            }
            arrayParser.skipChildren();
            return notAnObject(at, location, token.name());
        } catch (StreamReadException e) {
            index = at + 1;
            TokenStreamLocation where = e.getLocation();
            closeArray();
            return malformed(at, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    e.getOriginalMessage());
        }
    }

    private void closeArray() {
        if (arrayParser != null) {
            arrayParser.close();
            arrayParser = null;
        }
    }

    private InputRecord malformed(long at, long line, long column, String detail) {
        return malformed(sourceName, at, line, column, detail);
    }

    private static InputRecord malformed(String sourceName, long at, long line, long column, String detail) {
        return new InputRecord.Unreadable(at, SourceLocation.ofText(sourceName, line, column),
                StructureRules.MALFORMED_JSON, Args.of("line", line, "column", column, "detail", detail));
    }

    private static InputRecord notAnObject(long at, SourceLocation location, String actual) {
        return new InputRecord.Unreadable(at, location, StructureRules.NOT_AN_OBJECT, Args.of("actual", actual));
    }

    @Override
    public void close() {
        closeArray();
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
