package org.matterstandards.sdk.io.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.CellLocator;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.KindDetector;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of an items table and its child tables into canonical records (表格记录读取), for CSV files and
 * workbooks alike. Each non-empty row after the header is one record; child rows (申请材料, 收费项目 …) join their item
 * through the link element (the task code). Child tables are read first into a {@link ChildRowStore}, then the items
 * stream past one at a time, so memory stays flat however long the items table is.
 *
 * <p>Not thread-safe; one reader per input.
 */
final class TabularRecordReader implements RecordReader {

    /**
     * A child table to read before the items.
     *
     * @param name   the sheet name or the companion file's middle name naming the child table, {@code null} to tell
     *               the table from the header
     * @param source its rows
     */
    record ChildSource(String name, TabularSource source) {
    }

    private final InputFormat format;
    private final TabularSource items;
    private final ExchangeConverter converter;
    private final ElementNames names;
    private final Consumer<InputNotice> notices;
    private final ChildRowStore store = new ChildRowStore();
    private final Map<String, TableLayout> childLayouts = new LinkedHashMap<>();
    private final Set<Integer> headerlessNoticed = new HashSet<>();
    private final List<TabularSource.Row> pending = new ArrayList<>();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final List<TabularSource> opened = new ArrayList<>();
    private TableLayout layout;
    private String linkKey;
    private InputRecord next;
    private long index;
    private boolean finished;

    /**
     * Reads the header of the items table and every child table; the items themselves are read on demand.
     *
     * @param format    CSV or XLSX
     * @param items     the items table
     * @param children  the child tables
     * @param kind      the record kind, {@code null} to tell it from the header
     * @param converter converts exchange-style cell values
     * @param notices   receives notices about the input as a whole
     */
    TabularRecordReader(InputFormat format, TabularSource items, List<ChildSource> children, RecordKind kind,
                        ExchangeConverter converter, Consumer<InputNotice> notices) {
        this.format = format;
        this.items = items;
        this.converter = converter;
        this.names = converter.names();
        this.notices = notices;
        opened.add(items);
        children.forEach(child -> opened.add(child.source()));
        try {
            List<TabularSource.Row> top = top(items);
            RecordKind effective = kind != null ? kind : detect(top).orElse(RecordKind.IMPLEMENTATION_ITEM);
            ModelTable table = ModelTable.of(effective);
            linkKey = SheetNames.linkKey(effective);
            layout = TableLayout.find(top, items, table, null, linkKey, names, notices);
            for (TabularSource.Row row : top) {
                if (row.number() > layout.headerRow()) {
                    pending.add(row);
                }
            }
            for (ChildSource child : children) {
                readChild(child, table);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static List<TabularSource.Row> top(TabularSource source) {
        List<TabularSource.Row> top = new ArrayList<>();
        for (TabularSource.Row row = source.next(); row != null; row = source.next()) {
            top.add(row);
            if (top.size() == TableLayout.SCAN_ROWS) {
                break;
            }
        }
        return top;
    }

    /** Tells the kind from the header: every cell that names an element of some kind counts. */
    private java.util.Optional<RecordKind> detect(List<TabularSource.Row> top) {
        ObjectNode keys = nodes.objectNode();
        for (TabularSource.Row row : top) {
            for (String cell : row.cells()) {
                if (cell == null) {
                    continue;
                }
                for (RecordKind candidate : RecordKind.values()) {
                    names.key(ModelTable.of(candidate), cell).ifPresent(key -> keys.put(key, true));
                }
            }
        }
        return KindDetector.detect(keys);
    }

    private void readChild(ChildSource child, ModelTable parent) {
        TabularSource source = child.source();
        ModelTable table;
        if (child.name() != null) {
            java.util.Optional<ModelTable> named = SheetNames.child(parent, child.name(), names);
            if (named.isEmpty()) {
                notices.accept(new InputNotice("io.notice.ignoredTable", Args.of("name", child.name()),
                        new SourceLocation(source.file(), source.sheet(), 0, 0, null)));
                source.close();
                return;
            }
            table = named.get();
        } else {
            table = null;
        }
        List<TabularSource.Row> top = top(source);
        if (table == null) {
            table = bestChild(top, parent, source);
        }
        TableLayout childLayout = TableLayout.find(top, source, table, parent, linkKey, names, notices);
        if (childLayout.link() == null) {
            throw new InputException("io.input.childWithoutLink", Args.of("file", source.file(),
                    "sheet", source.sheet() == null ? "" : "[" + source.sheet() + "]", "table", SheetNames.of(table),
                    "link", names.label(parent, linkKey, java.util.Locale.SIMPLIFIED_CHINESE)
                            .map(label -> label + "/" + names.exchangeName(parent, linkKey))
                            .orElse(names.exchangeName(parent, linkKey))), null);
        }
        childLayouts.put(table.path(), childLayout);
        List<TabularSource.Row> rows = new ArrayList<>(top);
        for (TabularSource.Row row : rows) {
            if (row.number() > childLayout.headerRow()) {
                storeChild(childLayout, row);
            }
        }
        for (TabularSource.Row row = source.next(); row != null; row = source.next()) {
            storeChild(childLayout, row);
        }
        source.close();
    }

    /** The child table whose elements the header names most often. */
    private ModelTable bestChild(List<TabularSource.Row> top, ModelTable parent, TabularSource source) {
        ModelTable best = null;
        int bestScore = 0;
        for (ModelTable candidate : parent.children()) {
            int score = 0;
            for (TabularSource.Row row : top) {
                for (String cell : row.cells()) {
                    if (cell != null && names.key(candidate, cell).isPresent()) {
                        score++;
                    }
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new InputException("io.input.unknownChildTable", Args.of("file", source.file()), null);
        }
        return best;
    }

    private void storeChild(TableLayout childLayout, TabularSource.Row row) {
        if (row.isEmpty()) {
            return;
        }
        String link = row.cell(childLayout.link().index());
        if (link == null || link.isBlank()) {
            notices.accept(new InputNotice("io.notice.rowWithoutLink",
                    Args.of("link", childLayout.link().header()), childLayout.cell(row.number(), childLayout.link())));
            return;
        }
        store.add(childLayout.table().path(), link.strip(), row);
    }

    @Override
    public InputFormat format() {
        return format;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            TabularSource.Row row = nextDataRow();
            if (row == null) {
                finished = true;
                reportUnclaimed();
            } else {
                next = record(row);
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

    private TabularSource.Row nextDataRow() {
        while (true) {
            TabularSource.Row row = pending.isEmpty() ? items.next() : pending.remove(0);
            if (row == null) {
                return null;
            }
            if (!row.isEmpty()) {
                return row;
            }
        }
    }

    private InputRecord record(TabularSource.Row row) {
        List<UnrenderedFinding> problems = new ArrayList<>();
        noticeHeaderless(layout, row);
        ObjectNode raw = raw(layout, row, "", problems);
        ObjectNode record = converter.convertValues(raw, layout.table(), "", problems);
        Map<String, List<ChildCell>> childCells = new HashMap<>();
        String link = raw.has(linkKey) ? raw.get(linkKey).asString().strip() : null;
        if (link != null) {
            for (Map.Entry<String, TableLayout> entry : childLayouts.entrySet()) {
                List<TabularSource.Row> rows = store.take(entry.getKey(), link);
                if (rows.isEmpty()) {
                    continue;
                }
                TableLayout childLayout = entry.getValue();
                ArrayNode array = nodes.arrayNode();
                List<ChildCell> cells = new ArrayList<>();
                for (TabularSource.Row childRow : rows) {
                    String pointer = "/" + entry.getKey() + "/" + array.size();
                    ObjectNode childRaw = raw(childLayout, childRow, pointer, problems);
                    array.add(converter.convertValues(childRaw, childLayout.table(), pointer, problems));
                    cells.add(new ChildCell(childLayout, childRow.number()));
                }
                record.set(entry.getKey(), array);
                childCells.put(entry.getKey(), cells);
            }
        }
        SourceLocation location = layout.cell(row.number(), null);
        return new InputRecord.Parsed(index++, location, record, problems,
                new RowCells(layout, row.number(), childCells));
    }

    /** The row's cells under canonical names, as text; unusable cells become problems. */
    private ObjectNode raw(TableLayout table, TabularSource.Row row, String pointer, List<UnrenderedFinding> problems) {
        ObjectNode raw = nodes.objectNode();
        for (TableLayout.Column column : table.columns()) {
            TabularSource.CellIssue issue = row.issues().get(column.index());
            if (issue != null) {
                problems.add(new UnrenderedFinding(InputRules.UNUSABLE_CELL, pointer + "/" + column.key(),
                        Args.of("cell", SheetNames.columnLetters(column.index()) + row.number(),
                                "detail", issue.detail()),
                        table.cell(row.number(), column)));
                continue;
            }
            String text = row.cell(column.index());
            if (text != null && !text.isBlank()) {
                raw.put(column.key(), text);
            }
        }
        return raw;
    }

    /** Values in a column without a header are not read: say so once per column. */
    private void noticeHeaderless(TableLayout table, TabularSource.Row row) {
        for (int column = 0; column < row.cells().length; column++) {
            String text = row.cell(column);
            if (text != null && !text.isBlank() && !headerlessNoticed.contains(column) && isHeaderless(table, column)) {
                headerlessNoticed.add(column);
                notices.accept(new InputNotice("io.notice.headerlessColumn",
                        Args.of("column", SheetNames.columnLetters(column)),
                        new SourceLocation(table.file(), table.sheet(), row.number(), column + 1, null)));
            }
        }
    }

    private static boolean isHeaderless(TableLayout table, int column) {
        if (table.link() != null && table.link().index() == column) {
            return false;
        }
        for (TableLayout.Column known : table.columns()) {
            if (known.index() == column) {
                return false;
            }
        }
        return true;
    }

    private void reportUnclaimed() {
        for (ChildRowStore.Unclaimed unclaimed : store.unclaimed()) {
            TableLayout childLayout = childLayouts.get(unclaimed.table());
            notices.accept(new InputNotice("io.notice.unlinkedRows", Args.of(
                    "link", childLayout.link().header(), "value", unclaimed.link(), "rows", unclaimed.rows()),
                    childLayout.cell(unclaimed.firstRow(), childLayout.link())));
        }
    }

    @Override
    public void close() {
        store.close();
        for (TabularSource source : opened) {
            source.close();
        }
    }

    /**
     * Where one child row of a record is.
     *
     * @param layout its table's layout
     * @param row    its row
     */
    private record ChildCell(TableLayout layout, long row) {
    }

    /** Locates the elements of one record in its row and in its child rows. */
    private record RowCells(TableLayout layout, long row, Map<String, List<ChildCell>> children)
            implements CellLocator {

        @Override
        public SourceLocation locate(String pointer) {
            String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
            if (segments.length == 0) {
                return layout.cell(row, null);
            }
            String key = unescape(segments[0]);
            List<ChildCell> childRows = children.get(key);
            if (childRows != null && segments.length > 1 && segments[1].matches("\\d+")) {
                int at = Integer.parseInt(segments[1]);
                if (at < childRows.size()) {
                    ChildCell child = childRows.get(at);
                    return segments.length > 2
                            ? child.layout().cell(child.row(), child.layout().column(unescape(segments[2])))
                            : child.layout().cell(child.row(), null);
                }
            }
            return layout.cell(row, layout.column(key));
        }

        private static String unescape(String segment) {
            return segment.replace("~1", "/").replace("~0", "~");
        }
    }
}
