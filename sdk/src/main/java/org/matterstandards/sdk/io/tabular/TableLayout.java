package org.matterstandards.sdk.io.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;

/**
 * The header of a CSV file or worksheet mapped to canonical names (表头布局). The header row is the row, among the
 * first {@value #SCAN_ROWS}, whose cells name the most known elements, so title rows above it are skipped; a column
 * whose header cell is empty takes the header of the cell above it (a header merged over two rows). Immutable.
 */
final class TableLayout {

    /** How many rows at the top may be titles or a two-level header. */
    static final int SCAN_ROWS = 10;

    /**
     * One column.
     *
     * @param index  0-based column
     * @param header the header as written
     * @param key    the canonical name (for an unknown header: the name its values are kept under)
     * @param known  whether the header names an element of the table
     */
    record Column(int index, String header, String key, boolean known) {
    }

    private final ModelTable table;
    private final String file;
    private final String sheet;
    private final long headerRow;
    private final List<Column> columns;
    private final Map<String, Column> byKey;
    private final Column link;

    private TableLayout(ModelTable table, String file, String sheet, long headerRow, List<Column> columns,
                        Column link) {
        this.table = table;
        this.file = file;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = List.copyOf(columns);
        Map<String, Column> keys = new HashMap<>();
        for (Column column : columns) {
            keys.put(column.key(), column);
        }
        this.byKey = keys;
        this.link = link;
    }

    /**
     * Finds and maps the header.
     *
     * @param top       the first rows of the table (at most {@value #SCAN_ROWS}), in order
     * @param source    the table
     * @param table     the model table the rows hold
     * @param linkTable the parent table for a child table, whose link element ({@code taskCode}) a column must name;
     *                  {@code null} for the items table
     * @param linkKey   the link element, {@code null} for the items table
     * @param names     how elements are named
     * @param notices   receives one notice per unknown header
     * @return the layout
     * @throws InputException when no row names a known element, or two columns name the same element
     */
    static TableLayout find(List<TabularSource.Row> top, TabularSource source, ModelTable table, ModelTable linkTable,
                            String linkKey, ElementNames names, Consumer<InputNotice> notices) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < top.size(); i++) {
            int score = 0;
            for (String cell : top.get(i).cells()) {
                if (cell != null && resolve(cell, table, linkTable, linkKey, names).isPresent()) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            throw new InputException("io.input.noHeader", Args.of("file", source.file(),
                    "sheet", source.sheet() == null ? "" : "[" + source.sheet() + "]", "rows", SCAN_ROWS,
                    "examples", examples(table, names)), null);
        }
        TabularSource.Row header = top.get(best);
        TabularSource.Row above = best > 0 ? top.get(best - 1) : null;
        List<Column> columns = new ArrayList<>();
        Map<String, Column> seen = new HashMap<>();
        Column link = null;
        for (int index = 0; index < header.cells().length; index++) {
            String text = header.cell(index);
            if ((text == null || text.isBlank()) && above != null) {
                String upper = above.cell(index);
                if (upper != null && resolve(upper, table, linkTable, linkKey, names).isPresent()) {
                    text = upper;
                }
            }
            if (text == null || text.isBlank()) {
                continue;
            }
            String written = text.strip();
            Optional<String> key = resolve(written, table, linkTable, linkKey, names);
            Column column = new Column(index, written, key.orElseGet(() -> keptAs(written)), key.isPresent());
            Column previous = seen.putIfAbsent(column.key(), column);
            if (previous != null) {
                throw new InputException("io.input.duplicateHeader", Args.of("file", source.file(),
                        "sheet", source.sheet() == null ? "" : "[" + source.sheet() + "]", "header", written,
                        "first", previous.index() + 1, "second", index + 1), null);
            }
            if (key.isPresent() && key.get().equals(linkKey) && table.element(linkKey).isEmpty()) {
                link = column;
                continue;
            }
            if (key.isEmpty()) {
                List<String> closest = names.closest(table, written, 3);
                notices.accept(new InputNotice(closest.isEmpty() ? "io.notice.unknownColumn"
                        : "io.notice.unknownColumnClosest",
                        Args.of("header", written, "suggestions", closest),
                        new SourceLocation(source.file(), source.sheet(), header.number(), index + 1, written)));
            }
            if (key.isPresent() && key.get().equals(linkKey)) {
                link = column;
            }
            columns.add(column);
        }
        return new TableLayout(table, source.file(), source.sheet(), header.number(), columns, link);
    }

    private static Optional<String> resolve(String header, ModelTable table, ModelTable linkTable, String linkKey,
                                            ElementNames names) {
        Optional<String> key = names.key(table, header);
        if (key.isEmpty() && linkTable != null) {
            key = names.key(linkTable, header).filter(linkKey::equals);
        }
        return key;
    }

    /** The name an unknown column's values are kept under: lowerCamel for an exchange name, else as written. */
    private static String keptAs(String header) {
        return ElementNames.mechanicalKey(header);
    }

    private static List<String> examples(ModelTable table, ElementNames names) {
        List<String> examples = new ArrayList<>();
        for (ModelTable.Element element : table.elements()) {
            if (examples.size() < 3) {
                examples.add(names.label(table, element.key(), java.util.Locale.SIMPLIFIED_CHINESE)
                        .orElse(names.exchangeName(table, element.key())));
            }
        }
        return examples;
    }

    /** @return the model table */
    ModelTable table() {
        return table;
    }

    /** @return the 1-based row of the header */
    long headerRow() {
        return headerRow;
    }

    /** @return the columns with a header, in sheet order (without the link column of a child table) */
    List<Column> columns() {
        return columns;
    }

    /** @return the column holding the link to the item ({@code taskCode}), {@code null} when there is none */
    Column link() {
        return link;
    }

    /**
     * The column of an element.
     *
     * @param key the canonical name
     * @return the column, or {@code null}
     */
    Column column(String key) {
        Column column = byKey.get(key);
        return column != null ? column : (link != null && link.key().equals(key) ? link : null);
    }

    /**
     * The location of a cell.
     *
     * @param row    1-based row
     * @param column the column, {@code null} for the row as a whole
     * @return the location
     */
    SourceLocation cell(long row, Column column) {
        return column == null
                ? new SourceLocation(file, sheet, row, 0, null)
                : new SourceLocation(file, sheet, row, column.index() + 1, column.header());
    }

    /** @return the file name */
    String file() {
        return file;
    }

    /** @return the sheet name, {@code null} for CSV */
    String sheet() {
        return sheet;
    }
}
