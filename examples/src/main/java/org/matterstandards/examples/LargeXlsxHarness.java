package org.matterstandards.examples;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.InputOptions;
import org.matterstandards.sdk.io.tabular.XlsxRecordWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures the memory of validating a large workbook (大文件内存测量), run by hand under a fixed heap, e.g.
 *
 * <pre>
 * java -Xmx256m -cp CLASSPATH org.matterstandards.examples.LargeXlsxHarness generate 100000 /tmp/large.xlsx
 * java -Xmx64m -cp CLASSPATH org.matterstandards.examples.LargeXlsxHarness validate /tmp/large.xlsx
 * </pre>
 *
 * <p>Run from the repository root or from {@code examples/}. {@code generate} writes N items (copies of the sample's first record with their own catalog and task codes),
 * each with its materials and process steps on the child sheets. {@code validate} streams the workbook through the
 * validator and prints the peak heap of the run and the live heap after a full collection every 20,000 records,
 * which shows whether memory grows with the number of rows. Not a unit test: timings and heap sizes depend on the
 * machine, and docs/inputs.md records one measurement.
 */
public final class LargeXlsxHarness {

    private LargeXlsxHarness() {
    }

    /**
     * @param args {@code generate N FILE} or {@code validate FILE}
     * @throws Exception when a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        // POI logs through the Log4j API; without an implementation it would complain on stderr.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Integer.parseInt(args[1]), Path.of(args[2]));
        } else if (args.length == 2 && args[0].equals("validate")) {
            validate(Path.of(args[1]));
        } else {
            System.err.println("usage: LargeXlsxHarness generate N FILE | validate FILE");
            System.exit(2);
        }
    }

    private static void generate(int rows, Path file) throws Exception {
        MatterValidator validator = MatterValidator.builder().build();
        Path samplePath = Files.exists(Path.of("examples/data/shantou-sample.json"))
                ? Path.of("examples/data/shantou-sample.json") : Path.of("data/shantou-sample.json");
        JsonNode sample = validator.mapper().readTree(Files.readString(samplePath));
        ObjectNode template = (ObjectNode) sample.get(0);
        String deptCode = template.get("deptCode").asString();
        try (OutputStream out = Files.newOutputStream(file);
             XlsxRecordWriter writer = new XlsxRecordWriter(out, RecordKind.IMPLEMENTATION_ITEM,
                     ElementNames.standard(), Map.of(), Messages.ZH_CN, notice -> { })) {
            for (int i = 0; i < rows; i++) {
                ObjectNode record = template.deepCopy();
                String catalogCode = String.format(Locale.ROOT, "440101%06d", i);
                record.put("catalogCode", catalogCode);
                record.put("taskCode", deptCode + "4" + catalogCode);
                record.put("taskName", template.get("taskName").asString() + "（第" + (i + 1) + "项）");
                writer.write(record);
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d items to %s (%,d bytes)%n", rows, file, Files.size(file));
    }

    private static void validate(Path file) {
        MatterValidator validator = MatterValidator.builder().profile("shantou")
                .asOf(LocalDate.of(2026, 11, 29)).build();
        validator.validate("{}");
        System.gc();
        System.out.printf(Locale.ROOT, "  validator built: live heap %.1f MiB%n", liveHeap());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long[] counts = new long[3];
        long start = System.nanoTime();
        validator.validateAll(file, InputOptions.defaults(), result -> {
            counts[0]++;
            counts[1] += result.findings().size();
            counts[2] += result.record() instanceof org.matterstandards.core.model.ImplementationItem item
                    && item.materials() != null ? item.materials().size() : 0;
            if (counts[0] == 1 || counts[0] % 20_000 == 0) {
                System.gc();
                System.out.printf(Locale.ROOT, "  after %,d records: live heap %.1f MiB%n", counts[0], liveHeap());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "validated %,d records (%,d materials, %,d findings) in %.1f s; "
                        + "max heap %.0f MiB, peak heap used %.1f MiB (sum of pool peaks)%n", counts[0], counts[2],
                counts[1], seconds, mib(Runtime.getRuntime().maxMemory()), mib(peak));
    }

    private static double liveHeap() {
        return mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
