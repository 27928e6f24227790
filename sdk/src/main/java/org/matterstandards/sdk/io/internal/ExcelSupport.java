package org.matterstandards.sdk.io.internal;

import org.matterstandards.core.finding.Args;
import org.matterstandards.sdk.input.InputException;

/**
 * Whether Excel support (Excel 支持) is on the class path. Apache POI is an optional dependency of the SDK: only a
 * host that reads or writes XLSX files adds {@code org.apache.poi:poi-ooxml}; everybody else gets neither POI nor the
 * log4j-api it pulls in.
 */
public final class ExcelSupport {

    /** The artifact that a host adds for XLSX files. */
    static final String ARTIFACT = "org.apache.poi:poi-ooxml";

    // Checked once: the class path does not change while the JVM runs.
    private static final boolean PRESENT = isPresent();

    private ExcelSupport() {
    }

    /**
     * Fails with a clear message instead of a {@link NoClassDefFoundError} deep inside the reader.
     *
     * @param file the workbook about to be read or written
     * @throws InputException when POI is missing
     */
    public static void require(String file) {
        if (!PRESENT) {
            throw new InputException("io.xlsx.poiMissing", Args.of("file", file, "artifact", ARTIFACT), null);
        }
    }

    private static boolean isPresent() {
        try {
            Class.forName("org.apache.poi.xssf.eventusermodel.XSSFReader", false, ExcelSupport.class.getClassLoader());
            Class.forName("org.apache.poi.xssf.streaming.SXSSFWorkbook", false, ExcelSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
