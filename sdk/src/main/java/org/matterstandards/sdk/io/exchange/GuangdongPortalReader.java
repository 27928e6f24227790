package org.matterstandards.sdk.io.exchange;

import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.CellLocator;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.input.RecordReader;

import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.sdk.io.common.ExchangeConverter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the Guangdong portal's exported items (广东政务服务网事项读取): a JSON array or NDJSON of portal records
 * ({@code {"AUDIT_ITEM": {…}, "AUDIT_MATERIAL": […], …}}), each converted to a canonical implementation item by the
 * {@link GuangdongPortalConverter}; conversion problems are located on the canonical element and the record's line.
 * Not thread-safe.
 */
public final class GuangdongPortalReader extends ConvertingJsonReader {

    private final GuangdongPortalConverter converter;

    /**
     * @param json     the JSON reader of the file
     * @param exchange the exchange converter with the run's element names
     */
    public GuangdongPortalReader(RecordReader json, ExchangeConverter exchange) {
        super(json);
        this.converter = new GuangdongPortalConverter(exchange, ReferenceData.builtIn().codeTables());
    }

    @Override
    public InputFormat format() {
        return InputFormat.GDZWFW;
    }

    @Override
    InputRecord convert(InputRecord.Parsed parsed) {
        ObjectNode portal = parsed.node();
        ExchangeConverter.Conversion conversion = converter.toCanonical(portal);
        return new InputRecord.Parsed(parsed.index(), parsed.location(), conversion.record(), conversion.problems(),
                CellLocator.NONE);
    }
}
