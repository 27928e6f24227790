package org.matterstandards.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.matterstandards.sdk.MatterValidator;

/**
 * Whole-file runs of {@link MatterValidator#validateAll} (整文件校验), for what the per-record benchmark cannot show:
 * <ul>
 *   <li>{@code threads FILE [ROUNDS [WARMUP]]}: the file held in memory, validated with 1 and with 2 threads in
 *       alternating rounds in one JVM (15 by default), after {@code WARMUP} alternating runs of each that are not
 *       measured (20 by default: the JIT compiles the pipeline's many rules over the first dozen runs of 12,300
 *       records, and still now and then after that); prints per validator the median wall time, the mean process
 *       CPU time (every thread: workers, reading thread, collector, compiler; the operating system counts it in
 *       10 ms steps, so a median would hide a few per cent), the median CPU of the calling thread
 *       (the one that reads) and the collector's time, then the scaling (how many times the records per second)
 *       and how much more CPU two threads spend than one, and how long the JIT still compiled during the measured
 *       rounds (far from 0: not steady state yet, more warm-up runs are needed);</li>
 *   <li>{@code stream FILE}: the file streamed from disk to a consumer that keeps nothing; prints the record count
 *       and the peak heap, so that runs of 25,000 and 100,000 records under {@code -Xmx256m} (with
 *       {@code /usr/bin/time -v} for the peak RSS) show whether memory stays flat.</li>
 * </ul>
 * Generate the files with the examples' {@code ImplementationItemGenerator} (docs/performance.md).
 */
public final class FileRunHarness {

    private FileRunHarness() {
    }

    /**
     * @param args the mode ({@code threads} or {@code stream}), the NDJSON file, and for {@code threads} the rounds
     *             and the warm-up runs
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if (args[0].equals("threads")) {
            threads(Files.readAllBytes(file), args.length > 2 ? Integer.parseInt(args[2]) : 15,
                    args.length > 3 ? Integer.parseInt(args[3]) : 20);
        } else {
            stream(file);
        }
    }

    private static void threads(byte[] ndjson, int rounds, int warmup) {
        Rounds one = new Rounds(validator(1), rounds);
        Rounds two = new Rounds(validator(2), rounds);
        for (int run = 0; run < warmup; run++) {
            run(one.validator, ndjson);
            run(two.validator, ndjson);
        }
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long records = 0;
        for (int round = 0; round < rounds; round++) {
            records = one.measure(round, ndjson);
            two.measure(round, ndjson);
        }
        compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling;
        System.out.printf(Locale.ROOT, "%d records, %d bytes, %d warm-up runs each, %d alternating rounds (medians);"
                + " the JIT compiled for %d ms during the measured rounds:%n", records, ndjson.length, warmup, rounds,
                compiling);
        one.print("1 thread ");
        two.print("2 threads");
        double scaling = median(one.wall) / median(two.wall);
        double cpu = mean(two.cpu) / mean(one.cpu);
        double idle = 1 - mean(two.cpu) / (2 * median(two.wall));
        System.out.printf(Locale.ROOT, "scaling %.2f×; two threads spend %.2f× the CPU of one; of two cores %.0f%% idle%n",
                scaling, cpu, 100 * idle);
    }

    /**
     * One validator's measured rounds: wall time, process CPU time, the calling thread's CPU time and the
     * collector's time, in milliseconds.
     */
    private static final class Rounds {

        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final MatterValidator validator;
        private final double[] wall;
        private final double[] cpu;
        private final double[] reader;
        private final double[] gc;

        Rounds(MatterValidator validator, int rounds) {
            this.validator = validator;
            this.wall = new double[rounds];
            this.cpu = new double[rounds];
            this.reader = new double[rounds];
            this.gc = new double[rounds];
        }

        /** @return the records validated */
        long measure(int round, byte[] ndjson) {
            long gcStart = gcMillis();
            long readerStart = THREADS.getCurrentThreadCpuTime();
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            long records = run(validator, ndjson);
            wall[round] = (System.nanoTime() - start) / 1e6;
            cpu[round] = (OS.getProcessCpuTime() - cpuStart) / 1e6;
            reader[round] = (THREADS.getCurrentThreadCpuTime() - readerStart) / 1e6;
            gc[round] = gcMillis() - gcStart;
            return records;
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "  %s: wall %.0f ms (%.0f–%.0f), process CPU %.1f ms, calling thread CPU"
                    + " %.0f ms, collector %.0f ms%n", label, median(wall), min(wall), max(wall), mean(cpu),
                    median(reader), median(gc));
        }

        private static long gcMillis() {
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                millis += Math.max(collector.getCollectionTime(), 0);
            }
            return millis;
        }
    }

    private static void stream(Path file) {
        AtomicLong records = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        long start = System.nanoTime();
        validator(1).validateAll(file, result -> {
            records.incrementAndGet();
            findings.addAndGet(result.findings().size());
        });
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d records, %d findings in %.1f s; peak heap %d MiB (max %d MiB)%n",
                records.get(), findings.get(), (System.nanoTime() - start) / 1e9, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static MatterValidator validator(int threads) {
        return MatterValidator.builder().profile("shantou").asOf(PipelineBenchmark.AS_OF).threads(threads).build();
    }

    private static long run(MatterValidator validator, byte[] ndjson) {
        AtomicLong records = new AtomicLong();
        validator.validateAll(new ByteArrayInputStream(ndjson), "items.ndjson", true,
                result -> records.incrementAndGet());
        return records.get();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
