package org.matterstandards.spark;

import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.ValidationResult;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.json.JsonRecordReader;

/**
 * Validates the numbered lines of a partition (逐条校验), each exactly as the SDK validates that line of its file: read
 * with the NDJSON reader's own method, converted from exchange rows when the file holds them, validated as the kind of
 * its file, by the executor's shared validator. Yields one row per line, whatever the line holds, with the facts the
 * list rules need when the record is one they see.
 */
final class RecordValidation implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

    /** The results' columns and the list rules' facts. */
    static final StructType SCHEMA = ResultSchema.RESULT.add("facts", ListFacts.SCHEMA, true);

    private final ValidatorSpec spec;
    private final Map<String, InputFiles.FileFacts> files;

    /**
     * @param spec  the validator spec (resolved: with its as-of date)
     * @param files the format and kind of each file
     */
    RecordValidation(ValidatorSpec spec, Map<String, InputFiles.FileFacts> files) {
        this.spec = spec;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
        ExecutorValidators.Context context = ExecutorValidators.of(spec);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Row next() {
                return validate(context, lines.next());
            }
        };
    }

    private Row validate(ExecutorValidators.Context context, Row line) {
        ValidationResult result = validate(context, files, line);
        // As a Batch: only records whose structure is sound take part in the list rules.
        boolean listed = result.record() != null && !result.skippedStages().contains(Stage.RULE);
        return RowFactory.create(line.getString(0), line.getLong(1), line.getLong(2), result.recordId(),
                result.kind() == null ? null : result.kind().id(), result.valid(),
                ResultSchema.findings(result.findings()), ResultSchema.suppressed(result.suppressed()),
                ResultSchema.seq(result.skippedStages().stream().map(Stage::name).toList()),
                listed ? ListFacts.of(result.record(), context.retained()) : null);
    }

    /**
     * Validates one numbered line as the SDK validates that line of its file.
     *
     * @param context the executor's validator
     * @param files   the format and kind of each file
     * @param line    a row of {@link SourceLines#SCHEMA}
     * @return the result
     */
    static ValidationResult validate(ExecutorValidators.Context context, Map<String, InputFiles.FileFacts> files,
                                     Row line) {
        String file = line.getString(0);
        InputFiles.FileFacts facts = files.getOrDefault(file, InputFiles.FileFacts.UNKNOWN);
        InputRecord input = JsonRecordReader.readText(context.validator().mapper(), file, line.getLong(1),
                line.getLong(2), line.getString(3), context.validator().limits());
        if (facts.exchange()) {
            input = context.converter().toCanonical(input, facts.exchangeRecordKind());
        }
        return context.validator().validate(input, facts.recordKind());
    }
}
