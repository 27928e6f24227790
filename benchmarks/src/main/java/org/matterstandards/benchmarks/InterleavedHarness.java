package org.matterstandards.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A second opinion for {@link StructureStagesBenchmark} on a shared, busy machine (交错测量): JMH measures one
 * variant after another, so a burst of someone else's build lands on whichever variant runs at that moment. This
 * harness runs every variant in short batches, in a fresh random order each round, and reports the median time per
 * record and its ratio to the default path; bursts then hit all variants alike, and the median drops them.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.matterstandards.benchmarks.InterleavedHarness
 * [rounds] [batch]}.
 */
public final class InterleavedHarness {

    private InterleavedHarness() {
    }

    /**
     * Runs the measurement and prints a table per record kind.
     *
     * @param args optional: number of rounds (default 60) and records per batch (default 500)
     * @throws Exception when the set-up fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        for (String kind : List.of("implementation-item", "list-change")) {
            StructureStagesBenchmark state = new StructureStagesBenchmark();
            state.kind = kind;
            state.setUp();
            Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
            variants.put("A: full schema + bind (default)", state::planA_fullSchemaThenBind);
            variants.put("B: types-only schema + bind + Bean Validation", state::planB_typesSchemaThenBindAndBeanValidation);
            variants.put("naive: full schema + bind + Bean Validation", state::naive_fullSchemaThenBindAndBeanValidation);
            variants.put("model only: bind + Bean Validation", state::bindAndBeanValidation);
            variants.put("part: full schema", state::schemaFull);
            variants.put("part: types-only schema", state::schemaTypesOnly);
            variants.put("part: bind", state::bindOnly);
            Map<String, double[]> samples = measure(variants, rounds, batch);
            print(kind, samples, rounds, batch);
            state.tearDown();
        }
    }

    private static Map<String, double[]> measure(Map<String, Supplier<Object>> variants, int rounds, int batch) {
        List<String> names = new ArrayList<>(variants.keySet());
        Map<String, double[]> samples = new LinkedHashMap<>();
        names.forEach(name -> samples.put(name, new double[rounds]));
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
                long start = System.nanoTime();
                sink += run(variants.get(name), batch);
                samples.get(name)[round] = (System.nanoTime() - start) / 1000.0 / batch;
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

    private static void print(String kind, Map<String, double[]> samples, int rounds, int batch) {
        double base = median(samples.values().iterator().next());
        System.out.printf(Locale.ROOT, "%n%s — median µs per record over %d rounds of %d (ratio to A)%n", kind, rounds,
                batch);
        for (Map.Entry<String, double[]> entry : samples.entrySet()) {
            double median = median(entry.getValue());
            System.out.printf(Locale.ROOT, "  %-48s %8.2f µs  %5.2f×  (p25 %.2f, p75 %.2f)%n", entry.getKey(), median,
                    median / base, percentile(entry.getValue(), 25), percentile(entry.getValue(), 75));
        }
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }
}
