package org.matterstandards.sdk.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.i18n.Messages;

/**
 * A progress line on standard error for long runs (进度提示): rewritten in place with a carriage return, at most a few
 * times a second, and erased at the end. Only when a person is watching a terminal; in scripts, CI jobs and pipes it
 * prints nothing, so logs and redirected output stay clean. Not thread-safe.
 */
final class ProgressLine implements AutoCloseable {

    /** How often the line may change: often enough to show life, rarely enough to cost nothing. */
    static final long INTERVAL_MILLIS = 250;

    private final PrintWriter err;
    private final Messages messages;
    private final boolean enabled;
    private final LongSupplier clock;
    private long lastShown = Long.MIN_VALUE;
    private int shownWidth;

    /**
     * @param err      standard error
     * @param messages the language
     * @param enabled  {@code false} to print nothing
     * @param clock    milliseconds, for throttling
     */
    ProgressLine(PrintWriter err, Messages messages, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.messages = messages;
        this.enabled = enabled;
        this.clock = clock;
    }

    /**
     * A progress line that shows only when the JVM has a console, i.e. when the CLI runs in an interactive terminal.
     *
     * @param err      standard error
     * @param messages the language
     * @return the progress line
     */
    static ProgressLine forTerminal(PrintWriter err, Messages messages) {
        return new ProgressLine(err, messages, System.console() != null, System::currentTimeMillis);
    }

    /**
     * Reports progress; shown only if enough time has passed since the last update.
     *
     * @param file    the file being read
     * @param records records read so far in it
     */
    void update(String file, long records) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (lastShown != Long.MIN_VALUE && now - lastShown < INTERVAL_MILLIS) {
            return;
        }
        lastShown = now;
        String text = messages.format("progress.line", Args.of("file", file, "records", records));
        int width = TextTable.width(text);
        err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - width)));
        err.flush();
        shownWidth = width;
    }

    /** Erases the line for a moment, before other console output; it comes back at the next update. */
    void clear() {
        if (enabled && shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }

    /** Erases the line at the end of a file, so that the next output starts on a clean line. */
    @Override
    public void close() {
        clear();
        lastShown = Long.MIN_VALUE;
    }
}
