package org.matterstandards.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.json.JsonRecordReader;

/**
 * What the SDK decides once per input file (每个文件的格式与种类), decided here the same way before the records are
 * spread over the executors: canonical lines or national exchange rows ({@link InputFormat#detect(String, byte[])}
 * on the file's first lines), and the record kind of the file, told from its first readable record. Only the first
 * {@value SourceLines#HEAD_RECORDS} records of each file come to the driver for this, from the numbering pass; a file
 * without a readable record among them is scanned on until its first one.
 */
final class InputFiles {

    /**
     * One file's format and kinds.
     *
     * @param exchange     {@code true} for national exchange rows
     * @param exchangeKind the kind exchange rows are converted as ({@code null}: unknown, rows pass on renamed)
     * @param kind         the kind its records are validated as, {@code null} when it cannot be told
     */
    record FileFacts(boolean exchange, String exchangeKind, String kind) implements Serializable {

        /** A file not seen (no record): canonical, kind unknown. */
        static final FileFacts UNKNOWN = new FileFacts(false, null, null);

        RecordKind exchangeRecordKind() {
            return exchangeKind == null ? null : RecordKind.fromId(exchangeKind).orElseThrow();
        }

        RecordKind recordKind() {
            return kind == null ? null : RecordKind.fromId(kind).orElseThrow();
        }
    }

    private InputFiles() {
    }

    /**
     * Decides every file's facts.
     *
     * @param lines numbered lines, with the first records of each file
     * @param spec  the validator spec
     * @return the facts by file name
     */
    static Map<String, FileFacts> decide(SourceLines lines, ValidatorSpec spec) {
        ExecutorValidators.Context context = ExecutorValidators.of(spec);
        Map<String, FileFacts> facts = new HashMap<>();
        lines.heads().forEach((file, rows) -> {
            StringBuilder head = new StringBuilder();
            rows.forEach(row -> head.append(row.getString(3)).append('\n'));
            boolean exchange = InputFormat.detect(file, head.toString().getBytes(StandardCharsets.UTF_8))
                    == InputFormat.EXCHANGE;
            Optional<InputRecord.Parsed> first = firstReadable(context, rows.iterator());
            if (first.isEmpty() && rows.size() == SourceLines.HEAD_RECORDS) {
                first = firstReadable(context, lines.rows().filter(functions.col("file").equalTo(file)
                        .and(functions.col("index").geq(SourceLines.HEAD_RECORDS))).orderBy("index")
                        .toLocalIterator());
            }
            facts.put(file, first.map(record -> facts(context, spec.kind(), exchange, record))
                    .orElse(new FileFacts(exchange, spec.kind(), spec.kind())));
        });
        return facts;
    }

    private static Optional<InputRecord.Parsed> firstReadable(ExecutorValidators.Context context, Iterator<Row> rows) {
        while (rows.hasNext()) {
            Row row = rows.next();
            InputRecord input = JsonRecordReader.readText(context.validator().mapper(), row.getString(0),
                    row.getLong(1), row.getLong(2), row.getString(3), context.validator().limits());
            if (input instanceof InputRecord.Parsed parsed) {
                return Optional.of(parsed);
            }
        }
        return Optional.empty();
    }

    /** As the exchange reader and then the validator decide them from the first readable record. */
    private static FileFacts facts(ExecutorValidators.Context context, String fixedKind, boolean exchange,
                                   InputRecord.Parsed first) {
        if (!exchange) {
            return new FileFacts(false, null, id(context.validator().detectKind(first).orElse(null)));
        }
        RecordKind exchangeKind = fixedKind != null ? RecordKind.fromId(fixedKind).orElseThrow()
                : context.converter().detectKind(first.node()).orElse(null);
        InputRecord converted = context.converter().toCanonical(first, exchangeKind);
        RecordKind kind = context.validator().detectKind((InputRecord.Parsed) converted).orElse(null);
        return new FileFacts(true, id(exchangeKind), id(kind));
    }

    private static String id(RecordKind kind) {
        return kind == null ? null : kind.id();
    }
}
