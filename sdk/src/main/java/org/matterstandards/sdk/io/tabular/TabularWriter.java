package org.matterstandards.sdk.io.tabular;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;
import org.matterstandards.sdk.io.common.RecordWriter;
import org.matterstandards.sdk.io.common.ValueType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays canonical records out as tables (表格写出): one table of items and one per child table whose rows carry the
 * item's task code, with the columns and cell values staff fill in a spreadsheet — 是否 as {@code 1/0}, lists as
 * {@code 1,2}, day counts as numbers ({@link Long}), dates as {@link LocalDate}, everything else as text. Subclasses
 * render the tables (a workbook's sheets, CSV files). Not thread-safe.
 */
abstract class TabularWriter implements RecordWriter {

    /**
     * One table being written.
     *
     * @param name    the sheet name (事项, 申请材料 …)
     * @param table   the model table
     * @param columns the canonical names of the columns, the link column first for a child table
     * @param headers the header of each column
     */
    record Table(String name, ModelTable table, List<String> columns, List<String> headers) {
    }

    private final ModelTable top;
    private final ElementNames names;
    private final ExchangeConverter converter;
    private final Consumer<InputNotice> notices;
    private final String linkKey;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long written;

    /**
     * @param kind         the record kind: its elements are the columns
     * @param names        element names for the headers
     * @param extraColumns elements outside the model to give columns of their own, by table ({@code ""} for the
     *                     items, {@code materials} …), so that nothing is lost in a round trip
     * @param notices      receives notices (a record whose child rows cannot be linked)
     */
    TabularWriter(RecordKind kind, ElementNames names, Map<String, List<String>> extraColumns,
                  Consumer<InputNotice> notices) {
        this.top = ModelTable.of(kind);
        this.names = names;
        this.converter = new ExchangeConverter(names);
        this.notices = notices;
        this.linkKey = SheetNames.linkKey(kind);
        tables.put("", table(SheetNames.ITEMS, top, null, extraColumns.getOrDefault("", List.of())));
        for (ModelTable child : top.children()) {
            tables.put(child.path(), table(SheetNames.of(child), child, linkKey,
                    extraColumns.getOrDefault(child.path(), List.of())));
        }
    }

    private Table table(String name, ModelTable table, String link, List<String> extra) {
        List<String> columns = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        if (link != null) {
            columns.add(link);
            headers.add(header(top, link));
        }
        for (ModelTable.Element element : table.elements()) {
            if (element.type() != ValueType.CHILDREN) {
                columns.add(element.key());
                headers.add(header(table, element.key()));
            }
        }
        columns.addAll(extra);
        headers.addAll(extra);
        return new Table(name, table, List.copyOf(columns), List.copyOf(headers));
    }

    /**
     * The header of a column: the element's Chinese label when known, else its exchange name.
     *
     * @param owner the table of the element
     * @param key   the canonical name
     * @return the header
     */
    final String header(ModelTable owner, String key) {
        return names.label(owner, key, Locale.SIMPLIFIED_CHINESE).orElse(names.exchangeName(owner, key));
    }

    /** @return the tables, items first */
    final List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** @return the element names */
    final ElementNames names() {
        return names;
    }

    /** @return the items table of the model */
    final ModelTable top() {
        return top;
    }

    /** @return the canonical name of the link element */
    final String linkKey() {
        return linkKey;
    }

    @Override
    public final void write(ObjectNode record) {
        written++;
        Table items = tables.get("");
        row(items, cells(items, record, null));
        JsonNode link = record.get(linkKey);
        String linkValue = link != null && link.isString() && !link.asString().isBlank() ? link.asString() : null;
        for (ModelTable child : top.children()) {
            JsonNode rows = record.get(child.path());
            if (rows == null || !rows.isArray() || rows.isEmpty()) {
                continue;
            }
            if (linkValue == null) {
                notices.accept(new InputNotice("io.notice.childrenNotLinked", Args.of("record", written,
                        "table", SheetNames.of(child), "link", names.exchangeName(top, linkKey)), null));
                continue;
            }
            Table table = tables.get(child.path());
            for (JsonNode row : rows) {
                if (row instanceof ObjectNode object) {
                    row(table, cells(table, object, linkValue));
                }
            }
        }
    }

    /** The cell values of one row: {@code null}, {@link String}, {@link Long} or {@link LocalDate}. */
    private Object[] cells(Table table, ObjectNode values, String linkValue) {
        Object[] cells = new Object[table.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            String key = table.columns().get(i);
            if (linkValue != null && i == 0) {
                cells[i] = linkValue;
                continue;
            }
            JsonNode value = values.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            Optional<ModelTable.Element> element = table.table().element(key);
            ValueType type = element.map(ModelTable.Element::type).orElse(ValueType.TEXT);
            JsonNode exchange = element.map(e -> converter.toExchange(value, e)).orElse(value);
            if (type == ValueType.INTEGER && exchange.isIntegralNumber()) {
                cells[i] = exchange.asLong();
            } else if (type == ValueType.DATE && exchange.isString()
                    && ExchangeConverter.parseDate(exchange.asString()).isPresent()) {
                cells[i] = ExchangeConverter.parseDate(exchange.asString()).get();
            } else {
                cells[i] = exchange.isString() ? exchange.asString() : exchange.toString();
            }
        }
        return cells;
    }

    /**
     * Renders one row.
     *
     * @param table the table
     * @param cells its cell values
     */
    abstract void row(Table table, Object[] cells);
}
