package org.matterstandards.sdk;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.input.InputRecord;
import org.matterstandards.sdk.io.internal.DeferredRecords.Pending;

/**
 * Validation on several threads (多线程校验) with results still in input order: the calling thread reads, N − 1
 * workers validate, and the calling thread hands results to the consumer oldest first, so the consumer needs no
 * locking. Used by {@link MatterValidator#validateAll(org.matterstandards.sdk.input.RecordReader, Consumer)}
 * with {@code threads(N)} above 1.
 *
 * <p>The calling thread is the N-th validating thread: when it has to wait for the oldest result (the window or the
 * budget is full, or the input has ended), it first validates batches still queued, oldest first, rather than sleep.
 * So N threads are runnable, not N + 1.
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
     * Records per worker task: the calling thread then queues a task, and waits for one, once per 16 records rather
     * than once per record.
     */
    private static final int BATCH = 16;
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

    /** One record to validate, with its kind and date. */
    private record Job(Supplier<InputRecord> input, RecordKind kind, LocalDate date) {
    }

    /** A task of up to {@link #BATCH} records submitted, with the characters they count against the budget. */
    private record InFlight(FutureTask<Outcome> outcome, int records, long chars) {
    }

    /**
     * What a task gives back: the results of its records in input order and, when one of them threw (a bug: the
     * pipeline turns every problem into a finding), what it threw; the records before it still get their results.
     */
    private record Outcome(List<ValidationResult> results, Throwable failure) {
    }

    private final Validation validation;
    /** A pool of its own, for {@link ThreadPoolExecutor#remove}: takes a batch back that no worker has started. */
    private final ThreadPoolExecutor workers;
    private final Consumer<? super ValidationResult> consumer;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private List<Job> filling = new ArrayList<>(BATCH);
    private long fillingChars;
    private int inFlightRecords;
    private final int window;
    private final long budget;
    /** Characters of the records submitted and not yet handed on, those still gathering for a task included. */
    private long inFlightChars;

    /**
     * @param validation  validates one record, on a worker or on the calling thread
     * @param threads     the threads that validate, 2 or more: the calling thread and {@code threads - 1} workers
     * @param budgetChars characters of record text in flight at most (but always one record)
     * @param consumer    receives the results, in input order, on the calling thread
     */
    ParallelValidation(Validation validation, int threads, long budgetChars,
                       Consumer<? super ValidationResult> consumer) {
        this.validation = validation;
        this.workers = new ThreadPoolExecutor(threads - 1, threads - 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), ParserBuffers.Worker::new);
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
        while (records() > 0 && (records() >= window || inFlightChars + chars > budget)) {
            handOnOldest();
        }
        filling.add(new Job(input, kind, date));
        fillingChars += chars;
        inFlightChars += chars;
        if (filling.size() == BATCH || inFlightChars > budget) {
            flush();
        }
        // Only a record larger than the whole budget gets here over it: it runs alone, not even the next one read.
        while (inFlightChars > budget) {
            handOnOldest();
        }
    }

    void drain() {
        // An input of one batch at most is validated on the calling thread alone: no worker starts (starting and
        // stopping one cost about 250 µs per call, more than validating ten records).
        flush(inFlight.isEmpty());
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    /** @return how many workers have been started so far (tests: an input of one batch starts none) */
    int workersStarted() {
        return workers.getLargestPoolSize();
    }

    /** @return the records submitted and not yet handed on */
    private int records() {
        return inFlightRecords + filling.size();
    }

    /** Hands the records gathered so far to a worker, as one task. */
    private void flush() {
        flush(false);
    }

    /** Makes the records gathered so far one task, run here at once or handed to a worker. */
    private void flush(boolean here) {
        if (filling.isEmpty()) {
            return;
        }
        List<Job> jobs = filling;
        filling = new ArrayList<>(BATCH);
        FutureTask<Outcome> task = new FutureTask<>(() -> validate(jobs));
        if (here) {
            task.run();
        } else {
            workers.execute(task);
        }
        inFlight.add(new InFlight(task, jobs.size(), fillingChars));
        inFlightRecords += jobs.size();
        fillingChars = 0;
    }

    private Outcome validate(List<Job> jobs) {
        List<ValidationResult> results = new ArrayList<>(jobs.size());
        try {
            for (Job job : jobs) {
                if (Thread.currentThread().isInterrupted()) {
                    // close() after a failure (a worker), or the host interrupted the calling thread: the rest of a
                    // batch is not wanted any more.
                    throw new CancellationException("validation interrupted");
                }
                results.add(validation.validate(job.input().get(), job.kind(), job.date()));
            }
            return new Outcome(results, null);
        } catch (RuntimeException | Error e) {
            return new Outcome(results, e);
        }
    }

    /**
     * Hands the results of the oldest task to the consumer, validating queued tasks on this thread while they are not
     * ready, and waiting for them only when every task is running on a worker already.
     */
    private void handOnOldest() {
        if (inFlight.isEmpty()) {
            flush();
        }
        InFlight oldest = inFlight.poll();
        inFlightRecords -= oldest.records();
        inFlightChars -= oldest.chars();
        runQueued(oldest.outcome());
        Outcome outcome;
        try {
            outcome = oldest.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("validation interrupted");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());    // validate(jobs) catches what it can; this is what it could not
        }
        outcome.results().forEach(consumer);
        if (outcome.failure() != null) {
            throw rethrown(outcome.failure());
        }
    }

    /**
     * Runs on this thread, oldest first, the tasks that no worker has started, until {@code awaited} is done or none
     * is left. Taking a task out of the pool's queue is what claims it: a task is run once, here or on a worker.
     */
    private void runQueued(FutureTask<Outcome> awaited) {
        if (workers.remove(awaited)) {
            awaited.run();
            return;
        }
        for (InFlight next : inFlight) {
            if (awaited.isDone()) {
                return;
            }
            if (workers.remove(next.outcome())) {
                next.outcome().run();
            }
        }
    }

    /** A worker's failure, rethrown as it was when unchecked, else wrapped. */
    private static RuntimeException rethrown(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
