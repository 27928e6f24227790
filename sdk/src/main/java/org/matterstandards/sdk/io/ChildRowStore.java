package org.matterstandards.sdk.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Child-table rows waiting for their item (子表行暂存), kept in a temporary file so that memory does not grow with the
 * size of the child tables: only an index from link value to file offsets stays in memory (a few dozen bytes per
 * item). Rows are written while the child tables are read, then fetched by link value while the items stream past.
 * Not thread-safe; {@link #close()} deletes the file.
 */
final class ChildRowStore implements AutoCloseable {

    /**
     * One stored row.
     *
     * @param table  the child table's canonical name (materials …)
     * @param row    the row as read
     */
    record Stored(String table, TabularSource.Row row) {
    }

    /**
     * A link value no item claimed.
     *
     * @param table     the child table
     * @param link      the link value
     * @param firstRow  the first row that carries it
     * @param rows      how many rows carry it
     */
    record Unclaimed(String table, String link, long firstRow, int rows) {
    }

    private final Map<String, long[]> index = new LinkedHashMap<>();
    private final Map<String, Long> firstRows = new HashMap<>();
    private final Map<String, Boolean> claimed = new HashMap<>();
    private Path file;
    private DataOutputStream out;
    private long written;
    private RandomAccessFile in;

    /**
     * Stores a row.
     *
     * @param table the child table
     * @param link  the link value (task code)
     * @param row   the row
     */
    void add(String table, String link, TabularSource.Row row) {
        try {
            if (out == null) {
                file = Files.createTempFile("matter-children-", ".bin");
                file.toFile().deleteOnExit();
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            }
            byte[] bytes = encode(row);
            String key = table + '\u0000' + link;
            long[] offsets = index.get(key);
            offsets = offsets == null ? new long[1] : Arrays.copyOf(offsets, offsets.length + 1);
            offsets[offsets.length - 1] = written;
            index.put(key, offsets);
            firstRows.putIfAbsent(key, row.number());
            out.writeInt(bytes.length);
            out.write(bytes);
            written += 4L + bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a child table for one item, in the order they were read.
     *
     * @param table the child table
     * @param link  the item's link value
     * @return the rows, empty when none
     */
    List<TabularSource.Row> take(String table, String link) {
        long[] offsets = index.get(table + '\u0000' + link);
        if (offsets == null) {
            return List.of();
        }
        claimed.put(table + '\u0000' + link, Boolean.TRUE);
        try {
            if (in == null) {
                out.close();
                in = new RandomAccessFile(file.toFile(), "r");
            }
            List<TabularSource.Row> rows = new ArrayList<>(offsets.length);
            for (long offset : offsets) {
                in.seek(offset);
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                rows.add(decode(bytes));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the link values no item asked for, in the order first read */
    List<Unclaimed> unclaimed() {
        List<Unclaimed> result = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : index.entrySet()) {
            if (!claimed.containsKey(entry.getKey())) {
                int split = entry.getKey().indexOf('\u0000');
                result.add(new Unclaimed(entry.getKey().substring(0, split), entry.getKey().substring(split + 1),
                        firstRows.get(entry.getKey()), entry.getValue().length));
            }
        }
        return result;
    }

    private static byte[] encode(TabularSource.Row row) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeLong(row.number());
        data.writeInt(row.cells().length);
        for (String cell : row.cells()) {
            writeText(data, cell);
        }
        data.writeInt(row.issues().size());
        for (Map.Entry<Integer, TabularSource.CellIssue> issue : row.issues().entrySet()) {
            data.writeInt(issue.getKey());
            writeText(data, issue.getValue().problem());
            writeText(data, issue.getValue().detail());
        }
        data.flush();
        return bytes.toByteArray();
    }

    private static TabularSource.Row decode(byte[] bytes) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        long number = data.readLong();
        String[] cells = new String[data.readInt()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = readText(data);
        }
        int issueCount = data.readInt();
        Map<Integer, TabularSource.CellIssue> issues = issueCount == 0 ? Map.of() : new HashMap<>();
        for (int i = 0; i < issueCount; i++) {
            issues.put(data.readInt(), new TabularSource.CellIssue(readText(data), readText(data)));
        }
        return new TabularSource.Row(number, cells, issues);
    }

    private static void writeText(DataOutputStream data, String text) throws IOException {
        if (text == null) {
            data.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(utf8.length);
        data.write(utf8);
    }

    private static String readText(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0) {
            return null;
        }
        return new String(data.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try (OutputStream closingOut = out; RandomAccessFile closingIn = in) {
            // try-with-resources closes both, whichever exist.
        } catch (IOException e) {
            // Closing a temporary file we are about to delete: nothing to report.
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleteOnExit will remove it.
            }
        }
    }
}
