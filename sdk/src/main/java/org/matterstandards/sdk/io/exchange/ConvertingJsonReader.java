package org.matterstandards.sdk.io.exchange;

import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.input.RecordReader;

import java.util.NoSuchElementException;

/**
 * Base of the readers that read JSON objects and convert each to a canonical record (转换型 JSON 读取): exchange rows,
 * the Guangdong portal's items. Records the JSON reader could not parse are passed on as they are. Not thread-safe.
 */
abstract class ConvertingJsonReader implements RecordReader {

    private final RecordReader json;

    /** @param json the JSON reader of the file */
    ConvertingJsonReader(RecordReader json) {
        this.json = json;
    }

    /**
     * Converts one parsed object.
     *
     * @param parsed the object as read, with its index and location
     * @return the canonical record with its conversion problems
     */
    abstract InputRecord convert(InputRecord.Parsed parsed);

    @Override
    public final boolean hasNext() {
        return json.hasNext();
    }

    @Override
    public final InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord input = json.next();
        return input instanceof InputRecord.Parsed parsed ? convert(parsed) : input;
    }

    @Override
    public final void close() {
        json.close();
    }
}
