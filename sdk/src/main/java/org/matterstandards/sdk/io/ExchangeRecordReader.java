package org.matterstandards.sdk.io;

import java.util.Map;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.CellLocator;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads national exchange rows (交换格式读取): a JSON array or NDJSON of objects with UPPER_SNAKE keys, each converted to
 * a canonical record by the {@link ExchangeConverter}. The record kind is given or told from the first row, and holds
 * for the whole file. Not thread-safe.
 */
final class ExchangeRecordReader extends ConvertingJsonReader {

    private final ExchangeConverter converter;
    private RecordKind kind;
    private boolean kindKnown;

    /**
     * @param json      the JSON reader of the file
     * @param kind      the record kind, {@code null} to tell it from the first row
     * @param converter the converter
     */
    ExchangeRecordReader(JsonRecordReader json, RecordKind kind, ExchangeConverter converter) {
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
        if (kind == null) {
            // The kind cannot be told: pass the row on under canonical names, so that the pipeline says so.
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : parsed.node().properties()) {
                renamed.set(MechanicalElementNames.mechanicalKey(entry.getKey()), entry.getValue());
            }
            return new InputRecord.Parsed(parsed.index(), parsed.location(), renamed);
        }
        ExchangeConverter.Conversion conversion = converter.toCanonical(parsed.node(), kind);
        return new InputRecord.Parsed(parsed.index(), parsed.location(), conversion.record(), conversion.problems(),
                CellLocator.NONE);
    }
}
