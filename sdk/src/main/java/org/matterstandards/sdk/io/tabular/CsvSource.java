package org.matterstandards.sdk.io.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Args;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.internal.TextDecoding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of one CSV file (CSV 数据源), read with Jackson's CSV parser: RFC 4180 quoting, cells with line breaks
 * inside quotes, any number of columns per row. Row numbers are the line on which a row starts.
 */
final class CsvSource implements TabularSource {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private final String file;
    private final Charset charset;
    private final Reader text;
    private final JsonParser parser;
    private boolean closed;

    /**
     * @param file    the file name for locations
     * @param decoded the opened text
     */
    CsvSource(String file, TextDecoding.Decoded decoded) {
        this.file = file;
        this.charset = decoded.charset();
        this.text = decoded.reader();
        this.parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(text);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return null;
    }

    @Override
    public Row next() {
        long line = 0;
        try {
            JsonToken token = parser.nextToken();
            while (token != null && token != JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token == null) {
                return null;
            }
            // Right after a row starts, the parser stands on the row's first line (1-based).
            line = parser.currentLocation().getLineNr();
            List<String> cells = new ArrayList<>();
            for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
                 token = parser.nextToken()) {
                cells.add(token == JsonToken.VALUE_NULL ? null : FormulaGuard.unguard(parser.getString()));
            }
            return new Row(line, cells.toArray(String[]::new), Map.of());
        } catch (JacksonException | UncheckedIOException e) {
            if (causedBy(e, CharacterCodingException.class)) {
                throw new InputException("io.input.notDecodable", Args.of("file", file,
                        "line", Math.max(line, parser.currentLocation().getLineNr()), "charset", charset.name()), e);
            }
            String detail = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new InputException("io.input.csvUnreadable", Args.of("file", file,
                    "line", parser.currentLocation().getLineNr(), "detail", String.valueOf(detail)), e);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        parser.close();
        try {
            text.close();
        } catch (IOException e) {
            // Closing a file that was only read: nothing was lost.
        }
    }
}
