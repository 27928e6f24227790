package org.matterstandards.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.matterstandards.sdk.cli.MatterCli;

/**
 * Runs several command lines one after another in one JVM and keeps what each did (the forked JVM of
 * {@link HostileBigInputsTest}, started with a small heap). Each line of the plan is {@code NAME<TAB>ARG<TAB>ARG…};
 * for each, the folder gets {@code NAME.out}, {@code NAME.err} and {@code NAME.exit} (the exit code, or the class of
 * what escaped the command, an {@link OutOfMemoryError} for one), and {@code NAME.millis}: the CPU time the command
 * took, which unlike the wall-clock time does not grow when other work shares the machine.
 */
public final class HostileBatch {

    private HostileBatch() {
    }

    /**
     * @param args the plan file and the folder for the results
     * @throws IOException when the plan cannot be read or a result cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path plan = Path.of(args[0]);
        Path results = Path.of(args[1]);
        List<String> lines = Files.readAllLines(plan, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] fields = line.split("\t");
            String name = fields[0];
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            String exit;
            try {
                exit = Integer.toString(MatterCli.run(Arrays.copyOfRange(fields, 1, fields.length),
                        new PrintWriter(out, true), new PrintWriter(err, true)));
            } catch (Throwable escaped) {
                exit = escaped.getClass().getName();
            }
            long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            Files.writeString(results.resolve(name + ".out"), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(results.resolve(name + ".err"), err.toString(), StandardCharsets.UTF_8);
            Files.writeString(results.resolve(name + ".exit"), exit, StandardCharsets.UTF_8);
            Files.writeString(results.resolve(name + ".millis"), Long.toString(millis), StandardCharsets.UTF_8);
        }
    }
}
