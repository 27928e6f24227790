package org.matterstandards.sdk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records to a workbook that staff can read and fill in (XLSX 写出): a sheet 事项 with one row per item, one
 * sheet per child table (申请材料, 收费项目 …) whose rows carry the item's task code, and a sheet 填写说明 explaining
 * every column. Headers are the elements' Chinese labels when the element names know them, else their exchange names;
 * values are written as the exchange conventions want them (是否 as {@code 1/0}, lists as {@code 1,2}), dates as real
 * Excel dates, day counts as numbers, codes as text so that leading zeros survive. Streams with POI's SXSSF, so the
 * memory needed does not grow with the number of records. Not thread-safe.
 */
public final class XlsxRecordWriter implements RecordWriter {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;
    private static final int COLUMN_WIDTH = 20 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ModelTable table;
    private final ElementNames names;
    private final ExchangeConverter converter;
    private final Consumer<InputNotice> notices;
    private final String linkKey;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private final Map<String, SheetState> sheets = new LinkedHashMap<>();
    private long written;

    /** One sheet being written: its columns and the next row. */
    private static final class SheetState {
        final SXSSFSheet sheet;
        final ModelTable table;
        final List<String> columns;
        int nextRow = 1;

        SheetState(SXSSFSheet sheet, ModelTable table, List<String> columns) {
            this.sheet = sheet;
            this.table = table;
            this.columns = columns;
        }
    }

    /**
     * Starts a workbook.
     *
     * @param out          where to write; closed with the writer
     * @param kind         the record kind: its elements are the columns
     * @param names        element names for the headers
     * @param extraColumns elements outside the model to give columns of their own, by table ({@code ""} for the
     *                     items, {@code materials} …), so that nothing is lost in a round trip
     * @param locale       language of the notes sheet
     * @param notices      receives notices (a record whose child rows cannot be linked)
     */
    public XlsxRecordWriter(OutputStream out, RecordKind kind, ElementNames names,
                            Map<String, List<String>> extraColumns, Locale locale, Consumer<InputNotice> notices) {
        this.out = out;
        this.table = ModelTable.of(kind);
        this.names = names;
        this.converter = new ExchangeConverter(names);
        this.notices = notices;
        this.linkKey = SheetNames.linkKey(kind);
        workbook.setCompressTempFiles(true);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        addSheet(SheetNames.ITEMS, table, null, extraColumns.getOrDefault("", List.of()));
        for (ModelTable child : table.children()) {
            addSheet(SheetNames.of(child), child, linkKey, extraColumns.getOrDefault(child.path(), List.of()));
        }
        writeNotes(Messages.of(locale));
    }

    private void addSheet(String name, ModelTable sheetTable, String link, List<String> extra) {
        SXSSFSheet sheet = workbook.createSheet(name);
        List<String> columns = new ArrayList<>();
        if (link != null) {
            columns.add(link);
        }
        for (ModelTable.Element element : sheetTable.elements()) {
            if (element.type() != ValueType.CHILDREN) {
                columns.add(element.key());
            }
        }
        columns.addAll(extra);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            String key = columns.get(i);
            ModelTable owner = link != null && i == 0 ? table : sheetTable;
            cell.setCellValue(owner.element(key).isPresent() ? header(owner, key) : key);
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.createFreezePane(link != null ? 1 : 0, 1);
        sheets.put(sheetTable.path(), new SheetState(sheet, sheetTable, columns));
    }

    private String header(ModelTable owner, String key) {
        return names.label(owner, key, Locale.SIMPLIFIED_CHINESE).orElse(names.exchangeName(owner, key));
    }

    /** The notes sheet: what each column of each sheet holds and how to fill it. */
    private void writeNotes(Messages messages) {
        Sheet notes = workbook.createSheet(SheetNames.NOTES);
        String[] titles = {"io.notes.sheet", "io.notes.header", "io.notes.exchangeName", "io.notes.jsonName",
            "io.notes.required", "io.notes.howToFill"};
        Row top = notes.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = top.createCell(i);
            cell.setCellValue(messages.get(titles[i]));
            cell.setCellStyle(headerStyle);
            notes.setColumnWidth(i, i == titles.length - 1 ? 3 * COLUMN_WIDTH : COLUMN_WIDTH);
        }
        int row = 1;
        for (Map.Entry<String, SheetState> entry : sheets.entrySet()) {
            SheetState state = entry.getValue();
            String sheetName = state.sheet.getSheetName();
            for (String key : state.columns) {
                boolean isLink = !state.table.isTop() && key.equals(linkKey) && state.table.element(key).isEmpty();
                ModelTable owner = isLink ? table : state.table;
                Optional<ModelTable.Element> element = owner.element(key);
                if (element.isEmpty()) {
                    continue;
                }
                Row line = notes.createRow(row++);
                line.createCell(0).setCellValue(sheetName);
                line.createCell(1).setCellValue(header(owner, key));
                line.createCell(2).setCellValue(names.exchangeName(owner, key));
                line.createCell(3).setCellValue(key);
                line.createCell(4).setCellValue(messages.get(isLink || element.get().required()
                        ? "io.notes.yes" : "io.notes.no"));
                line.createCell(5).setCellValue(isLink
                        ? messages.format("io.notes.link", Args.of("sheet", SheetNames.ITEMS))
                        : messages.get("io.notes.type." + element.get().type().name()));
            }
        }
    }

    @Override
    public void write(ObjectNode record) {
        written++;
        writeRow(sheets.get(""), record, null);
        JsonNode link = record.get(linkKey);
        String linkValue = link != null && link.isString() && !link.asString().isBlank() ? link.asString() : null;
        for (ModelTable child : table.children()) {
            JsonNode rows = record.get(child.path());
            if (rows == null || !rows.isArray() || rows.isEmpty()) {
                continue;
            }
            if (linkValue == null) {
                notices.accept(new InputNotice("io.notice.childrenNotLinked", Args.of("record", written,
                        "table", SheetNames.of(child), "link", names.exchangeName(table, linkKey)), null));
                continue;
            }
            for (JsonNode row : rows) {
                if (row instanceof ObjectNode object) {
                    writeRow(sheets.get(child.path()), object, linkValue);
                }
            }
        }
    }

    private void writeRow(SheetState state, ObjectNode values, String linkValue) {
        Row row = state.sheet.createRow(state.nextRow++);
        for (int i = 0; i < state.columns.size(); i++) {
            String key = state.columns.get(i);
            if (linkValue != null && i == 0) {
                row.createCell(i).setCellValue(linkValue);
                continue;
            }
            JsonNode value = values.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            Optional<ModelTable.Element> element = state.table.element(key);
            setCell(row.createCell(i), element.map(e -> converter.toExchange(value, e)).orElse(value),
                    element.map(ModelTable.Element::type).orElse(ValueType.TEXT));
        }
    }

    private void setCell(Cell cell, JsonNode value, ValueType type) {
        if (type == ValueType.INTEGER && value.isIntegralNumber()) {
            cell.setCellValue(value.asLong());
        } else if (type == ValueType.DATE && value.isString()
                && ExchangeConverter.parseDate(value.asString()).isPresent()) {
            LocalDate date = ExchangeConverter.parseDate(value.asString()).get();
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.isString() ? value.asString() : value.toString());
        }
    }

    @Override
    public void close() {
        try (OutputStream closing = out) {
            workbook.write(closing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                // Also deletes SXSSF's temporary files.
                workbook.close();
            } catch (IOException e) {
                // The workbook is written; a temporary file left behind is deleted at exit.
            }
        }
    }
}
