package org.matterstandards.sdk.io.tabular;

import java.io.Closeable;
import java.util.Map;

/**
 * The rows of one table in a CSV file or a worksheet (表格数据源), as text cells. Not thread-safe.
 */
interface TabularSource extends Closeable {

    /**
     * A cell without a usable value: an Excel error or a formula that was never calculated.
     *
     * @param problem {@code error} or {@code noCachedValue}
     * @param detail  the error text (#N/A …) or the formula
     */
    record CellIssue(String problem, String detail) {
    }

    /**
     * One row.
     *
     * @param number 1-based row number in the sheet, or line number in the CSV file
     * @param cells  cell texts by 0-based column, {@code null} for an empty cell
     * @param issues cells without a usable value, by 0-based column
     */
    record Row(long number, String[] cells, Map<Integer, CellIssue> issues) {

        /** @return {@code true} when no cell holds anything */
        boolean isEmpty() {
            if (!issues.isEmpty()) {
                return false;
            }
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * @param column 0-based column
         * @return the cell text, {@code null} when empty or beyond the row
         */
        String cell(int column) {
            return column < cells.length ? cells[column] : null;
        }
    }

    /** @return the file name shown in locations */
    String file();

    /** @return the sheet name, {@code null} for a CSV file */
    String sheet();

    /**
     * The next row.
     *
     * @return the row, or {@code null} at the end
     * @throws org.matterstandards.sdk.input.InputException when the rest of the table cannot be read
     */
    Row next();

    /** Releases the underlying stream. */
    @Override
    void close();
}
