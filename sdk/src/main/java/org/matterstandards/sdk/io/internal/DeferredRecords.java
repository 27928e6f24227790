package org.matterstandards.sdk.io.internal;

import java.util.function.Supplier;
import org.matterstandards.sdk.input.InputRecord;

/**
 * A reader that can hand over a record before parsing it (延迟解析), so that with several worker threads the parse
 * runs on a worker rather than on the one thread that reads: reading is otherwise the limit of parallel validation.
 * The record handed over is exactly the one {@code next()} would have returned.
 */
public interface DeferredRecords {

    /**
     * Cuts the next record out of the input without parsing it.
     *
     * @return the record, made when the supplier is called (once, on any thread), or {@code null} at the end
     */
    Supplier<InputRecord> nextDeferred();
}
