package org.matterstandards.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link PipelineBenchmark} measured {@link Interleaved interleaved}, for this noisy shared machine: for each
 * record size, the median time per record of every variant, its throughput as a share of {@code readTree}'s, and the
 * bytes it allocates per record and per input byte. Prints Markdown tables for docs/performance.md.
 *
 * <p>Run: {@code benchmarks/run} or {@code java -cp benchmarks/target/benchmarks.jar
 * org.matterstandards.benchmarks.PipelineHarness [rounds] [batch]}.
 */
public final class PipelineHarness {

    private static final List<String> SIZES = List.of("generator", "long");
    private static final String SEPARATOR = ": ";

    private PipelineHarness() {
    }

    /**
     * Runs the measurement and prints a table per record size.
     *
     * @param args optional: number of rounds (default 40) and records per batch (default 256)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : PipelineBenchmark.RECORDS;
        // Both sizes in one interleaved measurement, so that the JIT has seen all the code before any round counts.
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        Map<String, PipelineBenchmark> states = new LinkedHashMap<>();
        for (String size : SIZES) {
            PipelineBenchmark state = new PipelineBenchmark();
            state.size = size;
            state.setUp();
            states.put(size, state);
            variants.put(size + SEPARATOR + "readTree (Jackson, plain mapper)", state::readTree);
            variants.put(size + SEPARATOR + "raw token scan (Jackson)", state::tokenScan);
            variants.put(size + SEPARATOR + "**full default pipeline** `validate(String)`", state::validate);
            variants.put(size + SEPARATOR + "pipeline without schema stage", state::validateWithoutSchemaStage);
            variants.put(size + SEPARATOR + "stage: parse (as `validate(String)` parses)", state::stageParse);
            variants.put(size + SEPARATOR + "stage: value check (limits, characters)", state::stageValues);
            variants.put(size + SEPARATOR + "stage: schema", state::stageSchema);
            variants.put(size + SEPARATOR + "stage: bind", state::stageBind);
            variants.put(size + SEPARATOR + "stage: rules", state::stageRules);
        }
        Map<String, Interleaved.Samples> samples = Interleaved.measure(variants, rounds, batch);
        for (String size : SIZES) {
            Map<String, Interleaved.Samples> ofSize = new LinkedHashMap<>();
            samples.forEach((name, sample) -> {
                if (name.startsWith(size + SEPARATOR)) {
                    ofSize.put(name.substring(size.length() + SEPARATOR.length()), sample);
                }
            });
            print(size, states.get(size).bytesPerRecord(), ofSize, rounds, batch);
        }
    }

    private static void print(String size, double bytesPerRecord, Map<String, Interleaved.Samples> samples,
                              int rounds, int batch) {
        double readTree = samples.values().iterator().next().medianMicros();
        System.out.printf(Locale.ROOT, "%n%s records, %.0f bytes each — median of %d interleaved rounds of %d%n%n",
                size, bytesPerRecord, rounds, batch);
        System.out.println("| step | µs/record | % of readTree throughput | bytes allocated/record "
                + "| bytes allocated per input byte |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, Interleaved.Samples> entry : samples.entrySet()) {
            double micros = entry.getValue().medianMicros();
            double allocated = entry.getValue().medianAllocated();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f%% | %,.0f | %.1f |%n", entry.getKey(), micros,
                    100 * readTree / micros, allocated, allocated / bytesPerRecord);
        }
    }
}
