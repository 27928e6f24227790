package org.matterstandards.sdk.io.internal;

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
     * @return the record still to be made, or {@code null} at the end
     */
    Pending nextDeferred();

    /**
     * A record cut out of the input and not yet made (待解析记录).
     */
    interface Pending {

        /**
         * Makes the record: parses its text. Called once, on any thread.
         *
         * @return the record
         */
        InputRecord get();

        /**
         * The length of the text still to be parsed, which is what the record will cost in memory while it is
         * validated (its tree, its binding): lets a caller bound what it holds in flight.
         *
         * @return characters of text; 0 for a record made already
         */
        long chars();

        /**
         * A record made already (parsed while reading, or refused unread).
         *
         * @param record the record
         * @return it, as a pending record of no text
         */
        static Pending of(InputRecord record) {
            return new Pending() {
                @Override
                public InputRecord get() {
                    return record;
                }

                @Override
                public long chars() {
                    return 0;
                }
            };
        }
    }
}
