package org.matterstandards.sdk.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one worksheet, pulled from its XML one row at a time (工作表数据源), so that a sheet of any length needs
 * the memory of one row. Cell values are turned into the text a person sees: shared and inline strings as they are,
 * booleans as {@code 1}/{@code 0} (the exchange flags), formulas by their cached result, numbers without a spurious
 * {@code .0}, numbers formatted as dates as {@code yyyy-MM-dd} (Excel serial dates, 1900 or 1904 system). An error
 * value or a formula without a cached result becomes a {@link TabularSource.CellIssue}.
 */
final class XlsxSheetSource implements TabularSource {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String file;
    private final String sheet;
    private final InputStream data;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private long lastRow;
    private boolean done;

    XlsxSheetSource(String file, String sheet, InputStream data, SharedStrings strings, StylesTable styles,
                    boolean date1904) throws XMLStreamException {
        this.file = file;
        this.sheet = sheet;
        this.data = data;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public Row next() {
        if (done) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
                if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                    break;
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw XlsxWorkbook.unreadable(file + "[" + sheet + "]!R" + (lastRow + 1), e);
        }
    }

    private Row row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long number = r != null ? Long.parseLong(r) : lastRow + 1;
        lastRow = number;
        List<String> cells = new ArrayList<>();
        Map<Integer, CellIssue> issues = new HashMap<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                column = reference != null ? columnIndex(reference) : column + 1;
                cell(column, cells, issues);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new Row(number, cells.toArray(String[]::new), issues.isEmpty() ? Map.of() : issues);
    }

    /** Reads one {@code <c>} element; the reader stands on its start and ends on its end. */
    private void cell(int column, List<String> cells, Map<Integer, CellIssue> issues) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> formula = xml.getElementText();
                    case "t" -> {
                        inline = inline == null ? new StringBuilder() : inline;
                        inline.append(xml.getElementText());
                    }
                    default -> {
                        // <is>, <r>, <rPr>: containers of the text runs read above.
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        if ("e".equals(type)) {
            issues.put(column, new CellIssue("error", value == null ? "#ERROR" : value));
            return;
        }
        if (value == null && inline == null) {
            if (formula != null) {
                issues.put(column, new CellIssue("noCachedValue", "=" + formula));
            }
            return;
        }
        cells.set(column, text(type, style, value, inline));
    }

    private String text(String type, String style, String value, StringBuilder inline) {
        if (type == null || "n".equals(type)) {
            return value == null ? null : number(value, style);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inline == null ? value : inline.toString();
            case "b" -> "1".equals(value) || "true".equalsIgnoreCase(value) ? "1" : "0";
            default -> value; // "str" (a formula's text result), "d" (ISO 8601 text)
        };
    }

    private String number(String value, String style) {
        double number = Double.parseDouble(value);
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString()) && DateUtil.isValidExcelDate(number)) {
                LocalDateTime when = DateUtil.getLocalDateTime(number, date1904);
                if (number < 1) {
                    return when.toLocalTime().format(TIME);
                }
                return when.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? when.toLocalDate().toString() : when.format(DATE_TIME);
            }
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** {@code "AB12"} → 27. */
    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() {
        done = true;
        try {
            xml.close();
            data.close();
        } catch (XMLStreamException | IOException e) {
            // A read-only stream of a file we are done with.
        }
    }
}
