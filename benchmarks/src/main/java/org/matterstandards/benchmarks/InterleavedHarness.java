package org.matterstandards.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A second opinion for {@link StructureStagesBenchmark} on a shared, busy machine ({@link Interleaved}): the median
 * time per record of every variant and its ratio to the default path.
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
            Map<String, Interleaved.Samples> samples = Interleaved.measure(variants, rounds, batch);
            print(kind, samples, rounds, batch);
            state.tearDown();
        }
    }

    private static void print(String kind, Map<String, Interleaved.Samples> samples, int rounds, int batch) {
        double base = samples.values().iterator().next().medianMicros();
        System.out.printf(Locale.ROOT, "%n%s — median µs per record over %d rounds of %d (ratio to A)%n", kind, rounds,
                batch);
        for (Map.Entry<String, Interleaved.Samples> entry : samples.entrySet()) {
            double[] micros = entry.getValue().micros();
            double median = entry.getValue().medianMicros();
            System.out.printf(Locale.ROOT, "  %-48s %8.2f µs  %5.2f×  (p25 %.2f, p75 %.2f)%n", entry.getKey(), median,
                    median / base, Interleaved.percentile(micros, 25), Interleaved.percentile(micros, 75));
        }
    }
}
