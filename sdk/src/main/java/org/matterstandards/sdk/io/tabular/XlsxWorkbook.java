package org.matterstandards.sdk.io.tabular;

import org.matterstandards.sdk.input.InputLimits;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.matterstandards.core.finding.Args;
import org.matterstandards.sdk.input.InputException;
import org.xml.sax.SAXException;

/**
 * An .xlsx workbook opened for streaming (XLSX 工作簿): POI's package and event-model parts (shared strings, styles,
 * the sheets' XML) without building the workbook in memory. POI's zip-bomb limits ({@code ZipSecureFile}) stay as POI
 * sets them. An encrypted workbook, an old .xls file or a damaged file raises {@link InputException} with one clear
 * message. Not thread-safe.
 */
final class XlsxWorkbook implements AutoCloseable {

    private final String file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> sheetNames;

    private XlsxWorkbook(String file, OPCPackage pkg) throws IOException, OpenXML4JException, SAXException,
            XMLStreamException {
        this.file = file;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        reader.setUseReadOnlySharedStringsTable(true);
        checkSharedStrings(file, reader, InputLimits.defaults());
        this.strings = reader.getSharedStringsTable();
        this.styles = reader.getStylesTable();
        this.date1904 = readDate1904(reader);
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        this.sheetNames = List.copyOf(names);
    }

    /**
     * Opens a workbook.
     *
     * @param file the file
     * @return the workbook
     * @throws InputException when the file is encrypted, an .xls file, damaged or suspiciously compressed
     */
    static XlsxWorkbook open(Path file) {
        String name = file.toString();
        checkContainer(file, name);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxWorkbook(name, pkg);
        } catch (InputException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw unreadable(name, e);
        }
    }

    /** Tells an encrypted workbook or an old .xls file from an .xlsx before POI tries to unzip it. */
    private static void checkContainer(Path file, String name) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new InputException("input.unreadable", Args.of("file", name, "detail", e.getMessage()), e);
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = ole.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                throw new InputException("io.input.corruptWorkbook", Args.of("file", name,
                        "detail", String.valueOf(e.getMessage())), e);
            }
            throw new InputException(encrypted ? "io.input.encrypted" : "io.input.legacyXls",
                    Args.of("file", name), null);
        }
        if (magic != FileMagic.OOXML) {
            throw new InputException("io.input.notWorkbook", Args.of("file", name), null);
        }
    }

    /**
     * The exception for a workbook that cannot be read.
     *
     * @param file  the file name
     * @param cause what went wrong
     * @return the exception with the matching message
     */
    static InputException unreadable(String file, Throwable cause) {
        String detail = String.valueOf(cause.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("max_entry_size") || lower.contains("max_file_count")
                || lower.contains("exceeds the max")) {
            return new InputException("io.input.zipBomb", Args.of("file", file, "detail", firstLine(detail)), cause);
        }
        return new InputException("io.input.corruptWorkbook", Args.of("file", file, "detail", firstLine(detail)),
                cause);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * Counts the shared strings by streaming their part before POI loads them all into memory, and refuses a
     * workbook beyond the limits (a shared-strings bomb: millions of strings in a part that compresses well).
     */
    private static void checkSharedStrings(String file, XSSFReader reader, InputLimits limits)
            throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream data = reader.getSharedStringsData()) {
            if (data == null) {
                return;
            }
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
            long strings = 0;
            long chars = 0;
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                        strings++;
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        chars += xml.getTextLength();
                    }
                    if (strings > limits.xlsxMaxSharedStrings() || chars > limits.xlsxMaxSharedStringChars()) {
                        throw new InputException("io.input.tooManySharedStrings", Args.of("file", file,
                                "strings", limits.xlsxMaxSharedStrings(),
                                "chars", limits.xlsxMaxSharedStringChars()), null);
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, OpenXML4JException,
            XMLStreamException {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** @return the sheet names, in workbook order */
    List<String> sheetNames() {
        return sheetNames;
    }

    /**
     * Opens a sheet for streaming.
     *
     * @param sheetName the sheet
     * @return its rows
     */
    TabularSource sheet(String sheetName) {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream data = sheets.next();
                if (sheets.getSheetName().equals(sheetName)) {
                    return new XlsxSheetSource(file, sheetName, data, strings, styles, date1904);
                }
                data.close();
            }
            throw new IllegalArgumentException("no sheet " + sheetName);
        } catch (IOException | OpenXML4JException | XMLStreamException | POIXMLException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void close() {
        // Opened read-only: revert releases the file without writing anything back.
        pkg.revert();
    }
}
