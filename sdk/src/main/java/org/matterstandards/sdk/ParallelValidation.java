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

/**
 * Validation on several threads (多线程校验) with results still in input order: the calling thread reads, the
 * workers validate, and the calling thread hands results to the consumer oldest first, so the consumer needs no
 * locking. At most {@link #WINDOW_PER_THREAD} records per thread are in flight, so memory stays flat however long
 * the input. Used by {@link MatterValidator#validateAll(org.matterstandards.sdk.input.RecordReader, Consumer)}
 * with {@code threads(N)} above 1.
 */
final class ParallelValidation implements AutoCloseable {

    private static final int WINDOW_PER_THREAD = 64;

    private final RecordPipeline pipeline;
    private final ExecutorService workers;
    private final Consumer<? super ValidationResult> consumer;
    private final ArrayDeque<Future<ValidationResult>> inFlight = new ArrayDeque<>();
    private final int window;

    ParallelValidation(RecordPipeline pipeline, int threads, Consumer<? super ValidationResult> consumer) {
        this.pipeline = pipeline;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "matter-validate");
            thread.setDaemon(true);
            return thread;
        });
        this.consumer = consumer;
        this.window = threads * WINDOW_PER_THREAD;
    }

    void submit(InputRecord input, RecordKind kind, LocalDate date) {
        submit(() -> input, kind, date);
    }

    /** As {@link #submit(InputRecord, RecordKind, LocalDate)}, the record made (parsed) on the worker. */
    void submit(Supplier<InputRecord> input, RecordKind kind, LocalDate date) {
        if (inFlight.size() >= window) {
            consumer.accept(next());
        }
        inFlight.add(workers.submit(() -> pipeline.validate(input.get(), kind, date)));
    }

    void drain() {
        while (!inFlight.isEmpty()) {
            consumer.accept(next());
        }
    }

    private ValidationResult next() {
        Future<ValidationResult> oldest = inFlight.poll();
        try {
            return oldest.get();
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
