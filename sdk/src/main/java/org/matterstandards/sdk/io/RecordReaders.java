package org.matterstandards.sdk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import org.matterstandards.sdk.io.exchange.ExchangeRecordReader;
import org.matterstandards.sdk.io.exchange.GuangdongPortalReader;
import org.matterstandards.sdk.io.json.JsonRecordReader;
import org.matterstandards.sdk.io.tabular.TabularReaders;
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
                    return TabularReaders.csv(file, options.charset(), options.companions(), kind, converter,
                            options.notices());
                }
                case XLSX -> {
                    return TabularReaders.xlsx(file, kind, converter, options.notices());
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

    /**
     * The companion files read with a CSV list: files beside it named {@code BASE.TABLE.csv}, where {@code TABLE} is
     * a child table ({@code materials}, {@code 申请材料}, {@code MATERIAL} …). Only a {@code .csv} file has companions.
     *
     * @param file the CSV list
     * @return its companions, sorted by name
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> companionsOf(Path file) throws IOException {
        return TabularReaders.companionsOf(file);
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
}
