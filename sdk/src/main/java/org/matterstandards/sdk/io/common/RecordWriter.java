package org.matterstandards.sdk.io.common;

import java.io.Closeable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes canonical records to a file in one of the output formats (记录写出器): canonical JSON or NDJSON, exchange rows,
 * or a workbook. Not thread-safe; close it to finish the file.
 */
public interface RecordWriter extends Closeable {

    /**
     * Writes one record.
     *
     * @param record the record in canonical form
     */
    void write(ObjectNode record);

    /** Finishes and closes the file. */
    @Override
    void close();
}
