package org.matterstandards.sdk;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.internal.DeferredRecords.Pending;

/**
 * Validation on several threads (多线程校验) with results still in input order: the calling thread reads, the
 * workers validate, and the calling thread hands results to the consumer oldest first, so the consumer needs no
 * locking. Used by {@link MatterValidator#validateAll(org.matterstandards.sdk.input.RecordReader, Consumer)}
 * with {@code threads(N)} above 1.
 *
 * <p>Memory stays flat however long the input, and however large its records: what is in flight (submitted, its
 * result not yet handed on) is bounded both by count, {@link #WINDOW_PER_THREAD} records per thread, and by the
 * characters of record text, {@link #defaultBudget()}. A submit beyond either bound first hands the oldest results
 * on. A record larger than the whole budget still runs, alone: everything before it is handed on first, and the
 * submit returns (so the next record is read) only once its result is handed on too.
 */
final class ParallelValidation implements AutoCloseable {

    private static final int WINDOW_PER_THREAD = 64;
    /**
     * Heap bytes allowed per character of record text in flight. Validating a record costs far more than its text
     * (tree, binding, findings): the hostile corpus's record at the size limit (3.9 million characters, 1.3 million
     * materials) needs a heap of 224–256 MB on one thread, about 60 bytes per character. With a budget of a 128th of
     * the heap, the records in flight take about half of it at most; in 256 MB the budget is 2 million characters,
     * so such a record runs alone, while the generated records (2 KB, 128 in flight on two threads) never reach it.
     */
    private static final long HEAP_BYTES_PER_CHAR = 128;
    /**
     * What a record parsed while reading counts (CSV, XLSX and exchange rows, the JSON record that settles the kind):
     * its text length is not known any more, and its tree is on the heap already; about one generated record.
     */
    private static final long PARSED_RECORD_CHARS = 2_000;

    /** Validates one record (the pipeline, or a stand-in in tests). */
    @FunctionalInterface
    interface Validation {
        ValidationResult validate(InputRecord input, RecordKind kind, LocalDate asOf);
    }

    /** A record submitted, with the characters it counts against the budget. */
    private record InFlight(Future<ValidationResult> result, long chars) {
    }

    private final Validation validation;
    private final ExecutorService workers;
    private final Consumer<? super ValidationResult> consumer;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private final int window;
    private final long budget;
    private long inFlightChars;

    /**
     * @param validation  validates one record, on a worker
     * @param threads     the workers
     * @param budgetChars characters of record text in flight at most (but always one record)
     * @param consumer    receives the results, in input order, on the calling thread
     */
    ParallelValidation(Validation validation, int threads, long budgetChars,
                       Consumer<? super ValidationResult> consumer) {
        this.validation = validation;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "matter-validate");
            thread.setDaemon(true);
            return thread;
        });
        this.consumer = consumer;
        this.window = threads * WINDOW_PER_THREAD;
        this.budget = budgetChars;
    }

    /** @return the characters of record text in flight at most: a 128th of the largest heap the JVM may use */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_CHAR;
    }

    /** Submits a record read and parsed already, counted as {@link #PARSED_RECORD_CHARS}. */
    void submit(InputRecord input, RecordKind kind, LocalDate date) {
        submit(() -> input, PARSED_RECORD_CHARS, kind, date);
    }

    /** As {@link #submit(InputRecord, RecordKind, LocalDate)}, the record made (parsed) on the worker. */
    void submit(Pending input, RecordKind kind, LocalDate date) {
        submit(input::get, input.chars(), kind, date);
    }

    private void submit(Supplier<InputRecord> input, long chars, RecordKind kind, LocalDate date) {
        while (!inFlight.isEmpty() && (inFlight.size() >= window || inFlightChars + chars > budget)) {
            consumer.accept(next());
        }
        inFlightChars += chars;
        inFlight.add(new InFlight(workers.submit(() -> validation.validate(input.get(), kind, date)), chars));
        // Only a record larger than the whole budget gets here over it: it runs alone, not even the next one read.
        while (inFlightChars > budget) {
            consumer.accept(next());
        }
    }

    void drain() {
        while (!inFlight.isEmpty()) {
            consumer.accept(next());
        }
    }

    private ValidationResult next() {
        InFlight oldest = inFlight.poll();
        inFlightChars -= oldest.chars();
        try {
            return oldest.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("validation interrupted");
        } catch (ExecutionException e) {
            // The pipeline turns every problem into a finding; what arrives here is a bug, rethrown as it was.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
