package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The big cases of the hostile corpus, generated at test time and run through {@code matter validate} in one forked
 * JVM with a heap of 256 MB: a line of a gigabyte without a newline, a 50 MB string, a 20-million-character 受理条件,
 * a million materials, 100,000 materials and 100,000 keys, a record at the size limit, and workbooks with a zip bomb,
 * a shared-strings bomb and 1,048,576 rows. Each must keep the {@link CliCase} contract within its CPU time.
 */
class HostileBigInputsTest {

    private static final Path SAMPLE_XLSX = RepositoryPaths.root().resolve("examples/data/shantou-sample.xlsx");
    /** Wall-clock bound of the whole fork: generous, since other builds may share the two cores. */
    private static final long FORK_SECONDS = 400;

    @TempDir
    Path dir;

    private record Expected(Path input, int exit, int records, Map<Long, Set<String>> errors, long maxMillis) {
    }

    @Test
    void bigInputsStreamThroughASmallHeapAndKeepTheContract() throws Exception {
        Map<String, Expected> cases = new LinkedHashMap<>();
        cases.put("gigabyte-line", new Expected(HostileInputs.gigabyteLine(dir.resolve("gigabyte-line.ndjson")),
                1, 2, Map.of(1L, Set.of("SC-0004")), 60_000));
        cases.put("fifty-mb-string", new Expected(HostileInputs.longText(dir.resolve("fifty-mb-string.json"),
                "transactAddr", 50_000_000, 'x'), 1, 3, Map.of(1L, Set.of("SC-0004")), 20_000));
        // Regression, issue 12 (c): a 20-million-character 受理条件 was accepted without any finding.
        cases.put("twenty-million-accept-condition", new Expected(HostileInputs.longText(
                dir.resolve("accept-condition.json"), "acceptCondition", 20_000_000, '受'), 1, 3,
                Map.of(1L, Set.of("SC-0004")), 20_000));
        cases.put("million-materials", new Expected(HostileInputs.manyMaterials(dir.resolve("million.ndjson"),
                1_000_000, "{\"materialName\":\"申请书\",\"isNeed\":true}"), 1, 3, Map.of(1L, Set.of("SC-0004")),
                20_000));
        cases.put("hundred-thousand-materials", new Expected(HostileInputs.manyMaterials(
                dir.resolve("materials.ndjson"), 100_000, "{}"), 1, 3, Map.of(1L, Set.of("SC-0004")), 20_000));
        cases.put("hundred-thousand-keys", new Expected(HostileInputs.manyKeys(dir.resolve("keys.ndjson"), 100_000),
                1, 3, Map.of(1L, Set.of("SC-0004")), 20_000));
        // The most objects a record within the size limit can hold: proves the limit bounds memory too.
        cases.put("record-at-the-size-limit", new Expected(HostileInputs.manyMaterials(dir.resolve("limit.ndjson"),
                1_300_000, "{}"), 1, 3, Map.of(1L, Set.of("SC-0004")), 30_000));
        cases.put("xlsx-zip-bomb", new Expected(HostileInputs.zipBomb(SAMPLE_XLSX, dir.resolve("bomb.xlsx"),
                "xl/worksheets/sheet1.xml", "</sheetData>", 200), 2, 0, Map.of(), 20_000));
        cases.put("xlsx-shared-strings-bomb", new Expected(HostileInputs.rewriteWorkbook(SAMPLE_XLSX,
                dir.resolve("strings.xlsx"), Map.of("xl/sharedStrings.xml", xml -> HostileInputs.sharedStrings(
                        3_000_000)), Deflater.DEFAULT_COMPRESSION), 2, 0, Map.of(), 30_000));
        cases.put("xlsx-1048576-rows", new Expected(HostileInputs.rewriteWorkbook(SAMPLE_XLSX,
                dir.resolve("rows.xlsx"), Map.of("xl/worksheets/sheet1.xml", HostileInputs.before("</sheetData>",
                        HostileInputs.emptyRows(32, 1_048_576 - 31))), Deflater.DEFAULT_COMPRESSION),
                1, 30, null, 60_000));

        List<String> plan = new ArrayList<>();
        for (Map.Entry<String, Expected> entry : cases.entrySet()) {
            plan.add(String.join("\t", entry.getKey(), "validate", entry.getValue().input().toString(),
                    "--profile", "shantou", "--as-of", "2026-11-29",
                    "--report-json", dir.resolve(entry.getKey() + ".report.json").toString()));
        }
        Path planFile = Files.write(dir.resolve("plan.tsv"), plan, StandardCharsets.UTF_8);
        fork(planFile);

        for (Map.Entry<String, Expected> entry : cases.entrySet()) {
            String name = entry.getKey();
            Expected expected = entry.getValue();
            String exit = Files.readString(dir.resolve(name + ".exit"));
            String out = Files.readString(dir.resolve(name + ".out"));
            String err = Files.readString(dir.resolve(name + ".err"));
            assertThat(exit).as("%s: an exit code, not %s%n%s%s", name, exit, out, err).matches("\\d");
            CliCase run = CliCase.of(name, Integer.parseInt(exit), out, err, dir.resolve(name + ".report.json"));
            if (expected.errors() == null) {
                run.keepsTheContractWithoutJudgingRecords(expected.exit(), expected.records());
            } else {
                run.keepsTheContract(expected.exit(), expected.records(), expected.errors());
            }
            long millis = Long.parseLong(Files.readString(dir.resolve(name + ".millis")));
            System.out.printf("hostile big input %s: exit %s in %d ms CPU%n", name, exit, millis);
            assertThat(millis).as("%s: CPU milliseconds", name).isLessThan(expected.maxMillis());
        }
    }

    /** Runs the plan in a JVM of its own with a 256 MB heap, in the locale Surefire uses. */
    private void fork(Path plan) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Duser.language=fr", "-Duser.country=FR", "-Dfile.encoding=UTF-8",
                "-cp", classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                HostileBatch.class.getName(), plan.toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("fork.log").toFile()).start();
        boolean finished = process.waitFor(FORK_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the forked JVM finishes within %d s%n%s", FORK_SECONDS,
                Files.readString(dir.resolve("fork.log"))).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("fork.log"))).isZero();
    }
}
