package org.matterstandards.sdk.io.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.io.RecordReaders;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.InputNotice;

/**
 * Writes records as CSV lists (CSV 写出): the items to the given file and each child table with rows to a companion
 * file beside it, {@code BASE.materials.csv} …, which {@code RecordReaders} reads back automatically. UTF-8 files start
 * with a BOM so that Excel opens them correctly; GBK or GB18030 can be chosen for older tools. A character the chosen
 * encoding cannot hold fails the conversion rather than turning into "?". A text a spreadsheet would run as a formula
 * gets an apostrophe in front ({@link FormulaGuard}), which the CSV reader takes off again. Not thread-safe.
 */
public final class CsvRecordWriter extends TabularWriter {

    private final Path file;
    private final Charset charset;
    private final Map<String, Writer> writers = new HashMap<>();

    /**
     * Starts the lists.
     *
     * @param file         the items file; companions are written beside it
     * @param charset      the encoding (UTF-8 with BOM, GBK, GB18030 …)
     * @param kind         the record kind: its elements are the columns
     * @param names        element names for the headers
     * @param extraColumns elements outside the model, by table, given columns of their own
     * @param notices      receives notices (a record whose child rows cannot be linked)
     */
    public CsvRecordWriter(Path file, Charset charset, RecordKind kind, ElementNames names,
                           Map<String, List<String>> extraColumns, Consumer<InputNotice> notices) {
        super(kind, names, extraColumns, notices);
        this.file = file;
        this.charset = charset;
    }

    @Override
    void row(Table table, Object[] cells) {
        try {
            Writer writer = writers.get(table.name());
            if (writer == null) {
                writer = open(table);
                writers.put(table.name(), writer);
            }
            line(writer, table.headers().size(), cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer open(Table table) throws IOException {
        Path target = table.table().isTop() ? file : companion(table.table().path());
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        if (charset.equals(StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
        }
        line(writer, table.headers().size(), table.headers().toArray());
        return writer;
    }

    /**
     * The file of a child table.
     *
     * @param path the child table's canonical name
     * @return {@code BASE.path.csv} beside the items file
     */
    Path companion(String path) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? ".csv" : name.substring(dot);
        return file.resolveSibling(base + "." + path + extension);
    }

    private static void line(Writer writer, int width, Object[] cells) throws IOException {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = i < cells.length ? cells[i] : null;
            if (value instanceof String text) {
                writer.write(quote(FormulaGuard.guard(text)));
            } else if (value != null) {
                writer.write(quote(value.toString()));
            }
        }
        writer.write("\r\n");
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && !text.startsWith(" ") && !text.endsWith(" ")) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        IOException failure = null;
        if (!writers.containsKey(SheetNames.ITEMS)) {
            try {
                writers.put(SheetNames.ITEMS, open(tables().get(0)));
            } catch (IOException e) {
                failure = e;
            }
        }
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}
