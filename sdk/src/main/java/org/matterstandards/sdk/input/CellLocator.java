package org.matterstandards.sdk.input;

import org.matterstandards.core.finding.SourceLocation;

/**
 * Tells where in a spreadsheet or CSV file an element of one record came from (单元格定位), so that a finding can
 * name the sheet, row and column label besides its JSON Pointer.
 */
@FunctionalInterface
public interface CellLocator {

    /**
     * The location of the element a pointer points at (or of its nearest enclosing element that has a cell).
     *
     * @param pointer JSON Pointer into the canonical record
     * @return the location, or {@code null} to keep the record's own location
     */
    SourceLocation locate(String pointer);

    /** Knows no cells: findings keep the record's location. */
    CellLocator NONE = pointer -> null;
}
