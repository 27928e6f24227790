package org.matterstandards.core.internal.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads one of our reference-data files line by line (参考数据文件逐行读取): the loop that the code tables, the
 * division table, the element catalogue, the working-day calendar and the resource lists share. It numbers lines
 * from 1 so that every refusal can name its line, drops the byte-order mark that spreadsheet tools write, and skips
 * blank lines; what a line means ({@code #} comments, {@code # key: value} headers, tab-separated cells) is the
 * caller's business. Used by one thread, once.
 *
 * <pre>{@code
 * DataLines lines = new DataLines(reader);
 * while (lines.next()) {
 *     handle(lines.line(), lines.number());
 * }
 * }</pre>
 */
public final class DataLines {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final BufferedReader reader;
    private String line;
    private int number;

    /**
     * @param reader the file's text; read to the end, not closed
     */
    public DataLines(BufferedReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Moves to the next non-blank line.
     *
     * @return {@code false} at the end of the file
     * @throws IOException when the text cannot be read; {@link #number()} is then the last line read
     */
    public boolean next() throws IOException {
        for (String read = reader.readLine(); read != null; read = reader.readLine()) {
            number++;
            if (number == 1 && read.startsWith(BYTE_ORDER_MARK)) {
                read = read.substring(1);
            }
            if (!read.isBlank()) {
                line = read;
                return true;
            }
        }
        line = null;
        return false;
    }

    /** @return the current line, without its line end; {@code null} before the first and after the last line */
    public String line() {
        return line;
    }

    /** @return the current line's number from 1, blank lines counted; at the end, the number of lines read */
    public int number() {
        return number;
    }
}
