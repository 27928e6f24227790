package org.matterstandards.sdk.io.tabular;

/**
 * Keeps spreadsheet programs from running record values as formulas (公式注入防护, CSV injection): a text that starts
 * with {@code = + - @}, a tab or a carriage return is what Excel and WPS take for a formula. The CSV writer puts an
 * apostrophe in front of such a text — the mark spreadsheets themselves use for "this is text" — and the CSV reader
 * takes it off again, so a value survives {@code matter convert} in both directions unchanged. A text that already
 * starts with apostrophes before such a character gets one more, so that taking one off is always exact.
 */
final class FormulaGuard {

    private static final char MARK = '\'';

    private FormulaGuard() {
    }

    /**
     * Whether a spreadsheet would take a text for a formula.
     *
     * @param text the cell text
     * @return {@code true} when it starts with {@code = + - @}, tab or CR
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Whether the text needs the mark: a formula start, possibly behind apostrophes. */
    private static boolean needsMark(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == MARK) {
            start++;
        }
        return looksLikeFormula(text.substring(start));
    }

    /**
     * The text as written to a CSV cell.
     *
     * @param text the value
     * @return the value, with an apostrophe in front when a spreadsheet would take it for a formula
     */
    static String guard(String text) {
        return needsMark(text) ? MARK + text : text;
    }

    /**
     * The value of a CSV cell written by {@link #guard}.
     *
     * @param cell the cell text
     * @return the value, without the apostrophe {@link #guard} put in front
     */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == MARK && needsMark(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
