package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * With {@code threads(N)}, {@link ParallelValidation} validates on the calling thread and N − 1 workers: the calling
 * thread runs batches no worker has started instead of waiting, every record is still validated exactly once, and
 * the results arrive in input order.
 */
class ParallelValidationCallerTest {

    private static final int RECORDS = 400;

    @Test
    void theCallingThreadValidatesQueuedBatchesAndEveryRecordRunsOnce() {
        Thread caller = Thread.currentThread();
        Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Long> handedOn = new ArrayList<>();
        try (ParallelValidation parallel = new ParallelValidation((input, kind, asOf) -> {
            threads.add(Thread.currentThread());
            runs.computeIfAbsent(input.index(), index -> new AtomicInteger()).incrementAndGet();
            busy();
            return ParallelInputs.resultOf(input);
        }, 2, Long.MAX_VALUE, result -> handedOn.add(result.index()))) {
            ParallelInputs.submitAndDrain(parallel, RECORDS);
        }
        assertThat(handedOn).hasSize(RECORDS).isSorted();
        assertThat(runs).hasSize(RECORDS).allSatisfy((index, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(threads).as("the calling thread and at most one worker").contains(caller)
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void anInputOfOneBatchIsValidatedOnTheCallingThreadAlone() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Long> handedOn = new ArrayList<>();
        try (ParallelValidation parallel = new ParallelValidation((input, kind, asOf) -> {
            threads.add(Thread.currentThread());
            return ParallelInputs.resultOf(input);
        }, 2, Long.MAX_VALUE, result -> handedOn.add(result.index()))) {
            ParallelInputs.submitAndDrain(parallel, 10);
            assertThat(parallel.workersStarted()).isZero();
        }
        assertThat(handedOn).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    /** About 50 µs of work: the calling thread fills the window long before the one worker empties its queue. */
    private static void busy() {
        long until = System.nanoTime() + 50_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
