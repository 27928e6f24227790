package org.matterstandards.sdk.report;

/**
 * Caps that keep the HTML report small and quick to open however large the run (HTML 报告上限). What a cap leaves out
 * the report says in words ("另有 N 条未列出"), and the JSON report always has everything.
 *
 * @param samplesPerRule findings shown as samples under each rule
 * @param recordRows     records listed in the per-record table; when a run has more records, only records with
 *                       findings are listed, the first ones up to this number
 * @param pageSize       rows per page of the per-record table
 * @param groupRows      rows of the by-department and by-district tables
 */
public record HtmlLimits(int samplesPerRule, int recordRows, int pageSize, int groupRows) {

    /** The defaults: 20 samples per rule, 5,000 records, 50 rows a page, 200 departments or districts. */
    public static final HtmlLimits DEFAULTS = new HtmlLimits(20, 5_000, 50, 200);

    /** Validates the components. */
    public HtmlLimits {
        if (samplesPerRule < 0 || recordRows < 0 || pageSize < 1 || groupRows < 0) {
            throw new IllegalArgumentException("HTML limits must not be negative and a page needs a row: "
                    + samplesPerRule + ", " + recordRows + ", " + pageSize + ", " + groupRows);
        }
    }
}
