package org.matterstandards.sdk.io.tabular;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.sdk.io.internal.SpoolStrings;

/**
 * Child-table rows waiting for their item (子表行暂存), kept in a temporary file so that memory does not grow with the
 * size of the child tables. In memory stays only a primitive index from a 64-bit hash of (table, link value) to the
 * file offsets of its rows — about 30 bytes per item and 12 per child row, with no object per row — so a workbook of
 * 100,000 items with their materials validates in a small fixed heap. Each stored row repeats its table and link
 * value, so a hash collision is detected on reading and never mixes rows of two items. Rows are written while the
 * child tables are read, then fetched while the items stream past. Not thread-safe; {@link #close()} deletes the
 * file.
 */
final class ChildRowStore implements AutoCloseable {

    /**
     * A link value no item asked for.
     *
     * @param table    the child table
     * @param link     the link value
     * @param firstRow the first row that carries it
     * @param rows     how many rows carry it
     */
    record Unclaimed(String table, String link, long firstRow, int rows) {
    }

    /** One stored row with what it was stored under. */
    private record Entry(String table, String link, TabularSource.Row row) {
    }

    private static final int NONE = -1;

    // Open-addressing hash table: key hashes, the first and last row of each key, and whether an item claimed it.
    private long[] keys = new long[1 << 10];
    private int[] firstEntry = filled(1 << 10);
    private int[] lastEntry = new int[1 << 10];
    private boolean[] claimed = new boolean[1 << 10];
    private int size;
    // Rows, in file order: their offset and the next row of the same key.
    private long[] offsets = new long[1 << 10];
    private int[] nextEntry = new int[1 << 10];
    private int entries;

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
            byte[] bytes = encode(table, link, row);
            int entry = newEntry(written);
            int slot = slot(hash(table, link), true);
            if (firstEntry[slot] == NONE) {
                firstEntry[slot] = entry;
            } else {
                nextEntry[lastEntry[slot]] = entry;
            }
            lastEntry[slot] = entry;
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
        if (entries == 0) {
            return List.of();
        }
        int slot = slot(hash(table, link), false);
        if (slot < 0) {
            return List.of();
        }
        List<TabularSource.Row> rows = new ArrayList<>();
        for (int entry = firstEntry[slot]; entry != NONE; entry = nextEntry[entry]) {
            Entry stored = read(entry);
            if (stored.table().equals(table) && stored.link().equals(link)) {
                rows.add(stored.row());
            }
        }
        if (!rows.isEmpty()) {
            claimed[slot] = true;
        }
        return rows;
    }

    /** @return the link values no item asked for, in the order first read */
    List<Unclaimed> unclaimed() {
        List<int[]> open = new ArrayList<>();
        for (int slot = 0; slot < keys.length; slot++) {
            if (firstEntry[slot] != NONE && !claimed[slot]) {
                open.add(new int[] {firstEntry[slot], slot});
            }
        }
        open.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Unclaimed> result = new ArrayList<>();
        for (int[] slot : open) {
            // Rows under one hash normally share one link; a collision shows as several.
            Map<String, List<Entry>> byLink = new java.util.LinkedHashMap<>();
            for (int entry = slot[0]; entry != NONE; entry = nextEntry[entry]) {
                Entry stored = read(entry);
                byLink.computeIfAbsent(stored.table() + '\u0000' + stored.link(), any -> new ArrayList<>())
                        .add(stored);
            }
            for (List<Entry> rows : byLink.values()) {
                Entry first = rows.get(0);
                result.add(new Unclaimed(first.table(), first.link(), first.row().number(), rows.size()));
            }
        }
        return result;
    }

    private int newEntry(long offset) {
        if (entries == offsets.length) {
            offsets = Arrays.copyOf(offsets, entries * 2);
            nextEntry = Arrays.copyOf(nextEntry, entries * 2);
        }
        offsets[entries] = offset;
        nextEntry[entries] = NONE;
        return entries++;
    }

    /** The slot of a key: its own, a free one to take ({@code insert}), or -1 when absent. */
    private int slot(long key, boolean insert) {
        if (insert && (size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = (int) (key ^ (key >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (firstEntry[slot] == NONE) {
                if (!insert) {
                    return -1;
                }
                keys[slot] = key;
                size++;
                return slot;
            }
            if (keys[slot] == key) {
                return slot;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = firstEntry;
        int[] oldLast = lastEntry;
        boolean[] oldClaimed = claimed;
        keys = new long[oldKeys.length * 2];
        firstEntry = filled(keys.length);
        lastEntry = new int[keys.length];
        claimed = new boolean[keys.length];
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldFirst[old] != NONE) {
                int slot = (int) (oldKeys[old] ^ (oldKeys[old] >>> 32)) & mask;
                while (firstEntry[slot] != NONE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                firstEntry[slot] = oldFirst[old];
                lastEntry[slot] = oldLast[old];
                claimed[slot] = oldClaimed[old];
            }
        }
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, NONE);
        return array;
    }

    /** A 64-bit FNV-1a hash of table and link. */
    private static long hash(String table, String link) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < table.length(); i++) {
            hash = (hash ^ table.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < link.length(); i++) {
            hash = (hash ^ link.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    private Entry read(int entry) {
        try {
            if (in == null) {
                out.close();
                in = new RandomAccessFile(file.toFile(), "r");
            }
            in.seek(offsets[entry]);
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(String table, String link, TabularSource.Row row) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream data = new DataOutputStream(bytes);
        SpoolStrings.write(data, table);
        SpoolStrings.write(data, link);
        data.writeLong(row.number());
        data.writeInt(row.cells().length);
        for (String cell : row.cells()) {
            SpoolStrings.write(data, cell);
        }
        data.writeInt(row.issues().size());
        for (Map.Entry<Integer, TabularSource.CellIssue> issue : row.issues().entrySet()) {
            data.writeInt(issue.getKey());
            SpoolStrings.write(data, issue.getValue().problem());
            SpoolStrings.write(data, issue.getValue().detail());
        }
        data.flush();
        return bytes.toByteArray();
    }

    private static Entry decode(byte[] bytes) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        String table = SpoolStrings.read(data);
        String link = SpoolStrings.read(data);
        long number = data.readLong();
        String[] cells = new String[data.readInt()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpoolStrings.read(data);
        }
        int issueCount = data.readInt();
        Map<Integer, TabularSource.CellIssue> issues = issueCount == 0 ? Map.of() : new HashMap<>();
        for (int i = 0; i < issueCount; i++) {
            issues.put(data.readInt(), new TabularSource.CellIssue(SpoolStrings.read(data), SpoolStrings.read(data)));
        }
        return new Entry(table, link, new TabularSource.Row(number, cells, issues));
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
