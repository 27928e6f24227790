package org.matterstandards.sdk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.UnrenderedFinding;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.sdk.input.InputException;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.KindDetector;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.io.internal.FileReplacement;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import org.matterstandards.sdk.io.common.InputNotice;
import org.matterstandards.sdk.io.common.ModelTable;
import org.matterstandards.sdk.io.common.RecordWriter;
import org.matterstandards.sdk.io.exchange.GuangdongPortalConverter;
import org.matterstandards.sdk.io.json.JsonRecordWriter;
import org.matterstandards.sdk.io.tabular.CsvRecordWriter;
import org.matterstandards.sdk.io.internal.ExcelSupport;
import org.matterstandards.sdk.io.tabular.XlsxRecordWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts a file of records from any input format to canonical JSON, NDJSON, exchange rows or a workbook
 * (格式转换). Nothing is dropped silently: a value that cannot be converted is written as it was and reported as a
 * notice, and an element that could not be read at all (a broken NDJSON line) is counted and reported. Immutable and
 * thread-safe.
 */
public final class FileConverter {

    /**
     * What a conversion did.
     *
     * @param from       the format the input was read as
     * @param kind       the record kind written, {@code null} when it did not matter and was not known
     * @param records    records written
     * @param unreadable input elements that could not be read and were not written
     * @param kept       values written unconverted because they could not be converted
     */
    public record Summary(InputFormat from, RecordKind kind, long records, long unreadable, long kept) {
    }

    private final ObjectMapper mapper;
    private final InputOptions options;
    private final Locale locale;
    private final Charset outputCharset;

    /**
     * @param mapper        the JSON mapper
     * @param options       how to read the input (format, encoding, names, notices)
     * @param locale        language of a workbook's notes sheet
     * @param outputCharset encoding of CSV output (UTF-8, GBK …); JSON is always UTF-8
     */
    public FileConverter(ObjectMapper mapper, InputOptions options, Locale locale, Charset outputCharset) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.options = Objects.requireNonNull(options, "options");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.outputCharset = Objects.requireNonNull(outputCharset, "outputCharset");
    }

    /**
     * Converts a file.
     *
     * @param input  the input file
     * @param kind   the record kind, {@code null} to tell it from the first record
     * @param to     the output format; CSV writes child tables to companion files beside {@code output}
     * @param output the output file (replaced)
     * @return what was done
     * @throws InputException when the input cannot be read, or the kind is needed and cannot be told
     */
    public Summary convert(Path input, RecordKind kind, InputFormat to, Path output) {
        RecordKind effective = kind != null ? kind : firstKind(input);
        boolean tabular = to == InputFormat.XLSX || to == InputFormat.CSV;
        if (effective == null && (to == InputFormat.EXCHANGE || to == InputFormat.GDZWFW || tabular)) {
            throw new InputException("io.input.kindUnknown", Args.of("file", input.toString()), null);
        }
        if (to == InputFormat.GDZWFW && effective != RecordKind.IMPLEMENTATION_ITEM) {
            throw new InputException("io.output.portalKind", Args.of("file", input.toString(), "kind", effective.id()),
                    null);
        }
        Map<String, List<String>> extra = tabular ? extraColumns(input, effective) : Map.of();
        if (to == InputFormat.CSV) {
            // CSV names its companion files after the output, so it alone is written in place.
            return copy(input, effective, to, output, extra);
        }
        try (FileReplacement replacement = replacementOf(output)) {
            Summary summary = copy(input, effective, to, replacement.temporary(), extra);
            try {
                replacement.commit();
            } catch (IOException e) {
                throw unwritable(output, e);
            }
            return summary;
        }
    }

    /** Copies every record of the input into the file written. */
    private Summary copy(Path input, RecordKind effective, InputFormat to, Path written,
                         Map<String, List<String>> extra) {
        long records = 0;
        long unreadable = 0;
        long kept = 0;
        InputFormat from;
        try (RecordReader reader = RecordReaders.open(input, options, mapper, effective);
             RecordWriter writer = open(written, to, effective, extra)) {
            from = reader.format();
            while (reader.hasNext()) {
                InputRecord record = reader.next();
                if (record instanceof InputRecord.Parsed parsed) {
                    kept += keepUnconverted(parsed);
                    writer.write(parsed.node());
                    records++;
                } else {
                    unreadable++;
                    InputRecord.Unreadable broken = (InputRecord.Unreadable) record;
                    options.notices().accept(new InputNotice("io.notice.notConverted",
                            Args.of("record", broken.index() + 1), broken.location()));
                }
            }
        }
        return new Summary(from, effective, records, unreadable, kept);
    }

    /** The conversion is written beside the output and renamed over it only when it is complete. */
    private static FileReplacement replacementOf(Path output) {
        try {
            return FileReplacement.beside(output);
        } catch (IOException e) {
            throw unwritable(output, e);
        }
    }

    private static InputException unwritable(Path output, IOException e) {
        return new InputException("output.unwritable", Args.of("file", output.toString(),
                "detail", String.valueOf(e.getMessage())), e);
    }

    /** Puts each value that could not be converted back, as written, and tells the user. */
    private long keepUnconverted(InputRecord.Parsed parsed) {
        long kept = 0;
        for (UnrenderedFinding problem : parsed.problems()) {
            SourceLocation where = problem.location() != null ? problem.location()
                    : Objects.requireNonNullElse(parsed.cells().locate(problem.pointer()), parsed.location());
            if (InputRules.UNCONVERTIBLE_VALUE.equals(problem.code())) {
                put(parsed.node(), problem.pointer(), String.valueOf(problem.arguments().get("value")));
                kept++;
                options.notices().accept(new InputNotice("io.notice.keptUnconverted",
                        Args.of("pointer", problem.pointer(), "value", problem.arguments().get("value")), where));
            } else {
                options.notices().accept(new InputNotice("io.notice.cellNotConverted",
                        Args.of("pointer", problem.pointer(), "detail", problem.arguments().get("detail")), where));
            }
        }
        return kept;
    }

    private static void put(ObjectNode root, String pointer, String value) {
        String[] segments = pointer.substring(1).split("/", -1);
        JsonNode node = root;
        for (int i = 0; i < segments.length - 1 && node != null; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(segments[i])) : node.get(unescape(segments[i]));
        }
        if (node instanceof ObjectNode object) {
            object.put(unescape(segments[segments.length - 1]), value);
        }
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private RecordKind firstKind(Path input) {
        try (RecordReader reader = RecordReaders.open(input, quiet(), mapper, null)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Parsed parsed) {
                    return KindDetector.detect(parsed.node()).orElse(null);
                }
            }
            return null;
        }
    }

    /** The elements outside the model, per table, so that a workbook gets a column for each. */
    private Map<String, List<String>> extraColumns(Path input, RecordKind kind) {
        ModelTable top = ModelTable.of(kind);
        Map<String, Set<String>> found = new LinkedHashMap<>();
        try (RecordReader reader = RecordReaders.open(input, quiet(), mapper, kind)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Parsed parsed) {
                    collect(parsed.node(), top, found);
                    for (ModelTable child : top.children()) {
                        JsonNode rows = parsed.node().get(child.path());
                        if (rows instanceof ArrayNode array) {
                            for (JsonNode row : array) {
                                if (row instanceof ObjectNode object) {
                                    collect(object, child, found);
                                }
                            }
                        }
                    }
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        found.forEach((table, keys) -> result.put(table, new ArrayList<>(keys)));
        return result;
    }

    private static void collect(ObjectNode row, ModelTable table, Map<String, Set<String>> found) {
        for (String key : row.propertyNames()) {
            if (table.element(key).isEmpty()) {
                found.computeIfAbsent(table.path(), any -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    /** The same options without notices: a first pass must not say everything twice. */
    private InputOptions quiet() {
        return options.toBuilder().notices(notice -> { }).build();
    }

    private RecordWriter open(Path output, InputFormat to, RecordKind kind, Map<String, List<String>> extra) {
        if (to == InputFormat.XLSX) {
            ExcelSupport.require(output.toString());
        }
        if (to == InputFormat.CSV) {
            return new CsvRecordWriter(output, outputCharset, kind, options.names(), extra, options.notices());
        }
        OutputStream out;
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newOutputStream(output);
        } catch (IOException e) {
            throw new InputException("output.unwritable", Args.of("file", output.toString(),
                    "detail", String.valueOf(e.getMessage())), e);
        }
        ExchangeConverter converter = new ExchangeConverter(options.names());
        return switch (to) {
            case JSON -> new JsonRecordWriter(out, false, mapper, UnaryOperator.identity());
            case NDJSON -> new JsonRecordWriter(out, true, mapper, UnaryOperator.identity());
            case EXCHANGE -> new JsonRecordWriter(out, isLines(output), mapper,
                    record -> converter.toExchange(record, kind));
            case GDZWFW -> new JsonRecordWriter(out, isLines(output), mapper, record -> new GuangdongPortalConverter(
                    converter, ReferenceData.builtIn().codeTables()).toPortal(record));
            case XLSX -> new XlsxRecordWriter(out, kind, options.names(), extra, locale, options.notices());
            case CSV -> throw new IllegalStateException("CSV is written above");
        };
    }

    private static boolean isLines(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }
}
