package org.matterstandards.sdk.io.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;

/**
 * Writes records to a workbook that staff can read and fill in (XLSX 写出): a sheet 事项 with one row per item, one
 * sheet per child table (申请材料, 收费项目 …) whose rows carry the item's task code, and a sheet 填写说明 explaining
 * every column. Headers are the elements' Chinese labels when the element names know them, else their exchange names;
 * values follow the exchange conventions (是否 as {@code 1/0}, lists as {@code 1,2}), dates are real Excel dates, day
 * counts numbers, codes text so that leading zeros survive. Streams with POI's SXSSF, so memory does not grow with the
 * number of records. Not thread-safe.
 */
public final class XlsxRecordWriter extends TabularWriter {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;
    private static final int COLUMN_WIDTH = 20 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final Map<String, SXSSFSheet> sheets = new HashMap<>();
    private final Map<String, Integer> nextRows = new HashMap<>();

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
        super(kind, names, extraColumns, notices);
        this.out = out;
        workbook.setCompressTempFiles(true);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.textStyle = workbook.createCellStyle();
        textStyle.setQuotePrefixed(true);
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        for (Table table : tables()) {
            SXSSFSheet sheet = workbook.createSheet(table.name());
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            sheet.createFreezePane(table.table().isTop() ? 0 : 1, 1);
            sheets.put(table.name(), sheet);
            nextRows.put(table.name(), 1);
        }
        writeNotes(Messages.of(locale));
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
        for (Table table : tables()) {
            for (int i = 0; i < table.columns().size(); i++) {
                String key = table.columns().get(i);
                boolean isLink = !table.table().isTop() && i == 0;
                ModelTable owner = isLink ? top() : table.table();
                Optional<ModelTable.Element> element = owner.element(key);
                if (element.isEmpty()) {
                    continue;
                }
                Row line = notes.createRow(row++);
                line.createCell(0).setCellValue(table.name());
                line.createCell(1).setCellValue(table.headers().get(i));
                line.createCell(2).setCellValue(names().exchangeName(owner, key));
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
    void row(Table table, Object[] cells) {
        int number = nextRows.merge(table.name(), 1, Integer::sum) - 1;
        Row row = sheets.get(table.name()).createRow(number);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Long number2) {
                cell.setCellValue(number2);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue((String) value);
                if (FormulaGuard.looksLikeFormula((String) value)) {
                    // A text cell is never calculated, but editing it in Excel would make it a formula: the quote
                    // prefix keeps it text, and leaves the value itself unchanged.
                    cell.setCellStyle(textStyle);
                }
            }
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
