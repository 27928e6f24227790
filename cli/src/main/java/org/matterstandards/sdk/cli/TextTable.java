package org.matterstandards.sdk.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the console (控制台表格) whose columns line up with Chinese text: a Han character takes two
 * terminal cells, a Latin letter one. Numbers are right-aligned, text left-aligned. Not thread-safe.
 */
final class TextTable {

    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Adds a column.
     *
     * @param title   the column title
     * @param numeric {@code true} to right-align the column
     * @return this table
     */
    TextTable column(String title, boolean numeric) {
        header.add(title);
        rightAligned.add(numeric);
        return this;
    }

    /**
     * Adds a row; missing cells are blank.
     *
     * @param cells the cells, one per column
     * @return this table
     */
    TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** @return the lines of the table, header first, without trailing spaces */
    List<String> lines() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], i < row.size() ? width(row.get(i)) : 0);
            }
        }
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(line(header, widths));
        for (List<String> row : rows) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            String padding = " ".repeat(widths[i] - width(cell));
            if (i > 0) {
                line.append("  ");
            }
            line.append(rightAligned.get(i) ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }

    /**
     * The number of terminal cells a text takes: two for East Asian wide and full-width characters.
     *
     * @param text the text
     * @return its display width
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
