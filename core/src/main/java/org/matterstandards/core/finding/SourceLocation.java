package org.matterstandards.core.finding;

/**
 * Where in the input file a finding points, in terms a person can find (文件位置): the file, and when known a line and
 * column (JSON, NDJSON) or a sheet, row and column label (CSV, XLSX).
 *
 * <p>Every component is optional; {@code 0} and {@code null} mean "not known".
 *
 * @param file        file name or other source name, may be {@code null}
 * @param sheet       spreadsheet sheet name, may be {@code null}
 * @param line        1-based line (text inputs) or row (spreadsheets), {@code 0} when unknown
 * @param column      1-based column, {@code 0} when unknown
 * @param columnLabel header label of the column in a spreadsheet or CSV file, may be {@code null}
 */
public record SourceLocation(String file, String sheet, long line, long column, String columnLabel) {

    /** A location that knows nothing. */
    public static final SourceLocation UNKNOWN = new SourceLocation(null, null, 0, 0, null);

    /**
     * A location in a text file.
     *
     * @param file   the file name, may be {@code null}
     * @param line   1-based line, {@code 0} when unknown
     * @param column 1-based column, {@code 0} when unknown
     * @return the location
     */
    public static SourceLocation ofText(String file, long line, long column) {
        return new SourceLocation(file, null, line, column, null);
    }

    /**
     * The same location in another file.
     *
     * @param fileName the file name
     * @return a copy naming {@code fileName}
     */
    public SourceLocation withFile(String fileName) {
        return new SourceLocation(fileName, sheet, line, column, columnLabel);
    }

    /** @return {@code true} when no component is known */
    public boolean isUnknown() {
        return file == null && sheet == null && line == 0 && column == 0 && columnLabel == null;
    }

    /**
     * A compact human-readable form such as {@code items.ndjson:12:5} or {@code list.xlsx[事项]!R7 (实施编码)}.
     *
     * @return the location as text, empty when unknown
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
        }
        if (sheet != null) {
            text.append('[').append(sheet).append(']');
        }
        if (line > 0) {
            text.append(sheet != null ? "!R" : ":").append(line);
            if (column > 0) {
                text.append(sheet != null ? "C" : ":").append(column);
            }
        }
        if (columnLabel != null) {
            text.append(" (").append(columnLabel).append(')');
        }
        return text.toString();
    }
}
