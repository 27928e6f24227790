package org.matterstandards.sdk.io.exchange;

import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;
import org.matterstandards.sdk.io.common.ExchangeConverter;

/**
 * Reads national exchange rows (交换格式读取): a JSON array or NDJSON of objects with UPPER_SNAKE keys, each converted to
 * a canonical record by the {@link ExchangeConverter}. The record kind is given or told from the first row, and holds
 * for the whole file. Not thread-safe.
 */
public final class ExchangeRecordReader extends ConvertingJsonReader {

    private final ExchangeConverter converter;
    private RecordKind kind;
    private boolean kindKnown;

    /**
     * @param json      the JSON reader of the file
     * @param kind      the record kind, {@code null} to tell it from the first row
     * @param converter the converter
     */
    public ExchangeRecordReader(RecordReader json, RecordKind kind, ExchangeConverter converter) {
        super(json);
        this.converter = converter;
        this.kind = kind;
        this.kindKnown = kind != null;
    }

    @Override
    public InputFormat format() {
        return InputFormat.EXCHANGE;
    }

    @Override
    InputRecord convert(InputRecord.Parsed parsed) {
        if (!kindKnown) {
            kind = converter.detectKind(parsed.node()).orElse(null);
            kindKnown = true;
        }
        return converter.toCanonical(parsed, kind);
    }
}
