package org.matterstandards.sdk.io.tabular;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.input.internal.TextDecoding;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;
import org.matterstandards.sdk.io.internal.ExcelSupport;

/**
 * Opens a CSV list with its companion files, or a workbook with its item and child sheets, as one
 * {@link RecordReader} (表格读取入口). The file-level part of tabular reading: which sheets and files hold which
 * tables; {@link TabularRecordReader} then joins their rows into records.
 */
public final class TabularReaders {

    private TabularReaders() {
    }

    /**
     * Opens a CSV list.
     *
     * @param file       the CSV list
     * @param charset    its encoding (and its companions'), {@code null} to detect it
     * @param companions child-table files named by the caller, read besides those found beside the list
     * @param kind       the record kind, {@code null} to tell it from the header
     * @param converter  the exchange-value converter with the run's element names
     * @param notices    receives what the reader decided on its own (companions read, encoding guessed)
     * @return the reader; close it
     * @throws IOException when a file cannot be opened
     */
    public static RecordReader csv(Path file, Charset charset, List<Path> companions, RecordKind kind,
                                   ExchangeConverter converter, Consumer<InputNotice> notices) throws IOException {
        CsvSource items = csvSource(file, charset, notices);
        List<TabularRecordReader.ChildSource> children = new ArrayList<>();
        try {
            for (Path companion : companionsOf(file)) {
                notices.accept(new InputNotice("io.notice.companion",
                        Args.of("file", companion.toString()), SourceLocation.ofText(file.toString(), 0, 0)));
                children.add(new TabularRecordReader.ChildSource(middleName(companion).orElse(null),
                        csvSource(companion, charset, notices)));
            }
            for (Path companion : companions) {
                children.add(new TabularRecordReader.ChildSource(null, csvSource(companion, charset, notices)));
            }
        } catch (IOException | RuntimeException e) {
            items.close();
            children.forEach(child -> child.source().close());
            throw e;
        }
        return new TabularRecordReader(InputFormat.CSV, items, children, kind, converter, notices);
    }

    private static CsvSource csvSource(Path file, Charset charset, Consumer<InputNotice> notices) throws IOException {
        TextDecoding.Decoded decoded = TextDecoding.open(Files.newInputStream(file), charset);
        if (decoded.guessed()) {
            notices.accept(new InputNotice("io.notice.charsetGuessed",
                    Args.of("charset", decoded.charset().name()), SourceLocation.ofText(file.toString(), 0, 0)));
        }
        return new CsvSource(file.toString(), decoded);
    }

    /**
     * Opens a workbook: the items sheet (named 事项, else the first that is no child table and no notes) and every
     * other sheet but the notes as a child table.
     *
     * @param file      the workbook
     * @param kind      the record kind, {@code null} to tell it from the header
     * @param converter the exchange-value converter with the run's element names
     * @param notices   receives what the reader decided on its own
     * @return the reader; close it
     */
    public static RecordReader xlsx(Path file, RecordKind kind, ExchangeConverter converter,
                                    Consumer<InputNotice> notices) {
        ExcelSupport.require(file.toString());
        XlsxWorkbook workbook = XlsxWorkbook.open(file);
        List<TabularRecordReader.ChildSource> children = new ArrayList<>();
        TabularSource items = null;
        try {
            String itemsSheet = itemsSheet(workbook.sheetNames(), converter.names());
            for (String sheet : workbook.sheetNames()) {
                if (sheet.equals(itemsSheet) || sheet.equals(SheetNames.NOTES)) {
                    continue;
                }
                children.add(new TabularRecordReader.ChildSource(sheet, workbook.sheet(sheet)));
            }
            items = workbook.sheet(itemsSheet);
            TabularRecordReader reader = new TabularRecordReader(InputFormat.XLSX, items, children, kind, converter,
                    notices);
            return new ClosingReader(reader, workbook);
        } catch (RuntimeException e) {
            if (items != null) {
                items.close();
            }
            children.forEach(child -> child.source().close());
            workbook.close();
            throw e;
        }
    }

    /** The items sheet: the one named 事项, else the first that is no child table and no notes. */
    private static String itemsSheet(List<String> sheets, ElementNames names) {
        if (sheets.contains(SheetNames.ITEMS)) {
            return SheetNames.ITEMS;
        }
        for (String sheet : sheets) {
            if (!sheet.equals(SheetNames.NOTES) && !isChildSheet(sheet, names)) {
                return sheet;
            }
        }
        return sheets.get(0);
    }

    private static boolean isChildSheet(String sheet, ElementNames names) {
        for (RecordKind kind : RecordKind.values()) {
            if (SheetNames.child(ModelTable.of(kind), sheet, names).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The companion files read with a CSV list: files beside it named {@code BASE.TABLE.csv}, where {@code TABLE} is
     * a child table ({@code materials}, {@code 申请材料}, {@code MATERIAL} …). Only a {@code .csv} file has companions.
     *
     * @param file the CSV list
     * @return its companions, sorted by name
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> companionsOf(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        if (folder == null || dot < 0 || !fileName.substring(dot).equalsIgnoreCase(".csv")) {
            return List.of();
        }
        String base = fileName.substring(0, dot);
        String extension = fileName.substring(dot);
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, base + ".*" + extension)) {
            for (Path entry : entries) {
                String middle = entry.getFileName().toString();
                middle = middle.substring(base.length() + 1, middle.length() - extension.length());
                if (!middle.contains(".") && isChildSheet(middle, ElementNames.standard())) {
                    found.add(file.resolveSibling(entry.getFileName()));
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static Optional<String> middleName(Path companion) {
        String name = companion.getFileName().toString();
        int last = name.lastIndexOf('.');
        int previous = name.lastIndexOf('.', last - 1);
        return previous < 0 ? Optional.empty() : Optional.of(name.substring(previous + 1, last));
    }

    /** Closes the workbook after its reader. */
    private record ClosingReader(RecordReader reader, XlsxWorkbook workbook) implements RecordReader {

        @Override
        public InputFormat format() {
            return reader.format();
        }

        @Override
        public boolean hasNext() {
            return reader.hasNext();
        }

        @Override
        public InputRecord next() {
            return reader.next();
        }

        @Override
        public void close() {
            try {
                reader.close();
            } finally {
                workbook.close();
            }
        }
    }
}
