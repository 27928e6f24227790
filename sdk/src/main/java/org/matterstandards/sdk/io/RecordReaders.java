package org.matterstandards.sdk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;
import tools.jackson.databind.ObjectMapper;

/**
 * Opens the right {@link RecordReader} for a file (读取器工厂): canonical JSON or NDJSON, exchange rows, a CSV list
 * with its companion files, or a workbook with its item and child sheets.
 */
public final class RecordReaders {

    private RecordReaders() {
    }

    /**
     * Opens a file.
     *
     * @param file    the file
     * @param options format, encoding, companions, names and notices
     * @param mapper  the JSON mapper
     * @param kind    the record kind, {@code null} to tell it from the content
     * @return the reader; close it
     * @throws InputException when the file is missing or cannot be read as a whole
     */
    public static RecordReader open(Path file, InputOptions options, ObjectMapper mapper, RecordKind kind) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException("input.isDirectory", Args.of("file", name), null);
        }
        InputStream in = null;
        try {
            InputFormat format = options.format() != null ? options.format() : InputFormat.detect(file);
            ExchangeConverter converter = new ExchangeConverter(options.names());
            String lower = name.toLowerCase(Locale.ROOT);
            boolean lines = lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
            switch (format) {
                case JSON, NDJSON -> {
                    in = Files.newInputStream(file);
                    return JsonRecordReader.open(mapper, in, name, lines || format == InputFormat.NDJSON);
                }
                case EXCHANGE -> {
                    in = Files.newInputStream(file);
                    return new ExchangeRecordReader(JsonRecordReader.open(mapper, in, name, lines), kind, converter);
                }
                case GDZWFW -> {
                    in = Files.newInputStream(file);
                    return new GuangdongPortalReader(JsonRecordReader.open(mapper, in, name, lines), converter);
                }
                case CSV -> {
                    return csv(file, options, kind, converter);
                }
                case XLSX -> {
                    return xlsx(file, options, kind, converter);
                }
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (NoSuchFileException e) {
            throw new InputException("input.missing", Args.of("file", name), e);
        } catch (IOException e) {
            throw new InputException("input.unreadable", Args.of("file", name, "detail", e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static RecordReader csv(Path file, InputOptions options, RecordKind kind, ExchangeConverter converter)
            throws IOException {
        CsvSource items = csvSource(file, options);
        List<TabularRecordReader.ChildSource> children = new ArrayList<>();
        try {
            for (Path companion : companionsOf(file)) {
                options.notices().accept(new InputNotice("io.notice.companion",
                        Args.of("file", companion.toString()), SourceLocation.ofText(file.toString(), 0, 0)));
                children.add(new TabularRecordReader.ChildSource(middleName(companion).orElse(null),
                        csvSource(companion, options)));
            }
            for (Path companion : options.companions()) {
                children.add(new TabularRecordReader.ChildSource(null, csvSource(companion, options)));
            }
        } catch (IOException | RuntimeException e) {
            items.close();
            children.forEach(child -> child.source().close());
            throw e;
        }
        return new TabularRecordReader(InputFormat.CSV, items, children, kind, converter, options.notices());
    }

    private static CsvSource csvSource(Path file, InputOptions options) throws IOException {
        TextDecoding.Decoded decoded = TextDecoding.open(Files.newInputStream(file), options.charset());
        if (decoded.guessed()) {
            options.notices().accept(new InputNotice("io.notice.charsetGuessed",
                    Args.of("charset", decoded.charset().name()), SourceLocation.ofText(file.toString(), 0, 0)));
        }
        return new CsvSource(file.toString(), decoded);
    }

    private static RecordReader xlsx(Path file, InputOptions options, RecordKind kind, ExchangeConverter converter) {
        ExcelSupport.require(file.toString());
        XlsxWorkbook workbook = XlsxWorkbook.open(file);
        List<TabularRecordReader.ChildSource> children = new ArrayList<>();
        TabularSource items = null;
        try {
            String itemsSheet = itemsSheet(workbook.sheetNames(), options.names());
            for (String sheet : workbook.sheetNames()) {
                if (sheet.equals(itemsSheet) || sheet.equals(SheetNames.NOTES)) {
                    continue;
                }
                children.add(new TabularRecordReader.ChildSource(sheet, workbook.sheet(sheet)));
            }
            items = workbook.sheet(itemsSheet);
            TabularRecordReader reader = new TabularRecordReader(InputFormat.XLSX, items, children, kind, converter,
                    options.notices());
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

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Already failing for a better reason.
            }
        }
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
