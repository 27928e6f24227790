package org.matterstandards.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.matterstandards.sdk.MatterValidator;

/**
 * Whole-file runs of {@link MatterValidator#validateAll} (整文件校验), for what the per-record benchmark cannot show:
 * <ul>
 *   <li>{@code threads FILE [ROUNDS]}: the file held in memory, validated with 1 and with 2 threads in alternating
 *       rounds; prints the median time of each and the scaling (how many times the records per second);</li>
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
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if (args[0].equals("threads")) {
            threads(Files.readAllBytes(file), args.length > 2 ? Integer.parseInt(args[2]) : 7);
        } else {
            stream(file);
        }
    }

    private static void threads(byte[] ndjson, int rounds) {
        MatterValidator one = validator(1);
        MatterValidator two = validator(2);
        run(one, ndjson);
        run(two, ndjson);
        double[] oneMillis = new double[rounds];
        double[] twoMillis = new double[rounds];
        long records = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            records = run(one, ndjson);
            oneMillis[round] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            run(two, ndjson);
            twoMillis[round] = (System.nanoTime() - start) / 1e6;
        }
        double oneMedian = median(oneMillis);
        double twoMedian = median(twoMillis);
        System.out.printf(Locale.ROOT, "%d records, %d bytes, %d alternating rounds: 1 thread %.0f ms, 2 threads %.0f ms,"
                + " scaling %.2f×%n", records, ndjson.length, rounds, oneMedian, twoMedian, oneMedian / twoMedian);
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
}
