package org.matterstandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Interleaved measurement for a shared, busy machine (交错测量): JMH measures one variant after another, so a burst
 * of someone else's build lands on whichever variant runs at that moment. This runs every variant in short batches,
 * in a fresh random order each round, and keeps the time and the bytes allocated per call of every batch; bursts
 * then hit all variants alike, and the median drops them.
 */
final class Interleaved {

    /**
     * What one variant measured, per call: one sample per round.
     *
     * @param micros    microseconds per call
     * @param allocated bytes allocated per call by the measuring thread
     */
    record Samples(double[] micros, double[] allocated) {

        /** @return the median time per call, µs */
        double medianMicros() {
            return percentile(micros, 50);
        }

        /** @return the median bytes allocated per call */
        double medianAllocated() {
            return percentile(allocated, 50);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Interleaved() {
    }

    /**
     * Measures the variants.
     *
     * @param variants name → one call
     * @param rounds   measured rounds (after 20 warm-up rounds)
     * @param batch    calls per variant per round
     * @return name → samples, in the order given
     */
    static Map<String, Samples> measure(Map<String, Supplier<Object>> variants, int rounds, int batch) {
        List<String> names = new ArrayList<>(variants.keySet());
        Map<String, Samples> samples = new LinkedHashMap<>();
        names.forEach(name -> samples.put(name, new Samples(new double[rounds], new double[rounds])));
        Random random = new Random(42);
        long sink = 0;
        for (int warm = 0; warm < 20; warm++) {
            for (String name : names) {
                sink += run(variants.get(name), batch);
            }
        }
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(names, random);
            for (String name : names) {
                long bytes = THREADS.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                sink += run(variants.get(name), batch);
                long nanos = System.nanoTime() - start;
                Samples sample = samples.get(name);
                sample.micros()[round] = nanos / 1000.0 / batch;
                sample.allocated()[round] = (double) (THREADS.getCurrentThreadAllocatedBytes() - bytes) / batch;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        return samples;
    }

    private static long run(Supplier<Object> variant, int batch) {
        long sink = 0;
        for (int i = 0; i < batch; i++) {
            sink += System.identityHashCode(variant.get());
        }
        return sink;
    }

    /**
     * @param values  samples
     * @param percent 0 … 100
     * @return the value at that percentile
     */
    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
