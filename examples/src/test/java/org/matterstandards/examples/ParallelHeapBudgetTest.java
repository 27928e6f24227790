package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two records at the size limit one after the other (1.3 million materials each), {@code matter validate --threads 2}
 * in a forked JVM with a heap of 256 MB: each alone needs most of that heap, so the run passes only because the
 * budget of characters in flight of parallel validation lets such a record be validated alone (without it, the two
 * records ran out of heap together; measured, docs/performance.md).
 */
class ParallelHeapBudgetTest {

    private static final long FORK_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void twoRecordsAtTheSizeLimitRunOneAtATimeInASmallHeap() throws Exception {
        List<String> lines = Files.readAllLines(HostileInputs.manyMaterials(dir.resolve("one.ndjson"), 1_300_000,
                "{}"), StandardCharsets.UTF_8);
        Path input = Files.write(dir.resolve("two.ndjson"),
                List.of(lines.get(0), lines.get(1), lines.get(1), lines.get(2)), StandardCharsets.UTF_8);
        Path report = dir.resolve("two.report.json");
        Path plan = Files.write(dir.resolve("plan.tsv"), List.of(String.join("\t", "two", "validate",
                input.toString(), "--threads", "2", "--profile", "shantou", "--as-of", "2026-11-29",
                "--report-json", report.toString())), StandardCharsets.UTF_8);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp",
                classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                HostileBatch.class.getName(), plan.toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("fork.log").toFile()).start();
        boolean finished = process.waitFor(FORK_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the forked JVM finishes within %d s", FORK_SECONDS).isTrue();

        String exit = Files.readString(dir.resolve("two.exit"));
        String out = Files.readString(dir.resolve("two.out"));
        String err = Files.readString(dir.resolve("two.err"));
        assertThat(exit).as("an exit code, not %s%n%s%s", exit, out, err).matches("\\d");
        CliCase.of("two-records-at-the-size-limit", Integer.parseInt(exit), out, err, report)
                .keepsTheContract(1, 4, Map.of(1L, Set.of("SC-0004"), 2L, Set.of("SC-0004")));
    }
}
