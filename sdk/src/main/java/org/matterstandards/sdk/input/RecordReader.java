package org.matterstandards.sdk.input;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of one input in canonical form (记录读取器), whatever the file's format. Every record of the input
 * yields exactly one {@link InputRecord}, in input order; problems inside a record travel with it, and only an input
 * that cannot be read as a whole raises {@link org.matterstandards.sdk.input.InputException}. Not thread-safe: one reader per
 * input.
 */
public interface RecordReader extends Iterator<InputRecord>, Closeable {

    /** @return the format this reader reads */
    InputFormat format();

    /** Releases the file and any temporary storage; never throws a checked exception. */
    @Override
    void close();
}
