package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.matterstandards.sdk.cli.MatterCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the command line over a hostile input, and the contract every such run keeps: an exit code of the
 * README (never 3), no Java stack trace on the console, one result per record with each index once, the bad records
 * named with the expected code and every other record valid.
 *
 * @param name   what the case is, for messages
 * @param exit   the exit code
 * @param out    the console's standard output
 * @param err    the console's error output
 * @param report the JSON report, {@code null} when none was written
 */
record CliCase(String name, int exit, String out, String err, JsonNode report) {

    /** A frame of a printed stack trace, or the name of an exception class. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|\\b[\\w.]+(Exception|Error)\\b(:|\\s*$)|\\bCaused by:");

    /**
     * Runs {@code matter validate} in this JVM with a JSON report, under the shantou profile unless {@code more}
     * names another.
     *
     * @param name  the case
     * @param dir   where the report goes
     * @param input the file
     * @param more  more arguments
     * @return the run
     */
    static CliCase validate(String name, Path dir, Path input, String... more) {
        Path report = dir.resolve(name.replaceAll("[^\\w.-]", "_") + ".report.json");
        List<String> args = new ArrayList<>(List.of("validate", input.toString(), "--as-of", "2026-11-29",
                "--report-json", report.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--profile")) {
            args.addAll(List.of("--profile", "shantou"));
        }
        return run(name, report, args.toArray(String[]::new));
    }

    /**
     * Runs any command in this JVM.
     *
     * @param name   the case
     * @param report the JSON report the command writes, or {@code null}
     * @param args   the arguments
     * @return the run
     */
    static CliCase run(String name, Path report, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MatterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return of(name, exit, out.toString(), err.toString(), report);
    }

    /**
     * A run whose console and report are already there (a run in a forked JVM).
     *
     * @param name   the case
     * @param exit   the exit code
     * @param out    standard output
     * @param err    error output
     * @param report the report file, or {@code null}
     * @return the run
     */
    static CliCase of(String name, int exit, String out, String err, Path report) {
        JsonNode json = null;
        try {
            if (report != null && Files.isRegularFile(report) && exit != 2) {
                json = JsonMapper.builder().build().readTree(report.toFile());
            }
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": the JSON report is not valid JSON", e);
        }
        return new CliCase(name, exit, out, err, json);
    }

    /**
     * Asserts the contract.
     *
     * @param expectedExit    0, 1 or 2
     * @param records         the results expected, ignored for exit 2
     * @param expectedErrors  0-based record index → codes that record must carry as errors; all others valid
     * @return this run
     */
    CliCase keepsTheContract(int expectedExit, int records, Map<Long, Set<String>> expectedErrors) {
        return check(expectedExit, records, expectedErrors, true);
    }

    private CliCase check(int expectedExit, int records, Map<Long, Set<String>> expectedErrors,
                          boolean judgeRecords) {
        String console = out + err;
        assertThat(exit).as("%s: exit code%n%s", name, console).isEqualTo(expectedExit);
        assertThat(STACK_TRACE.matcher(console).find()).as("%s: no stack trace or exception name%n%s", name, console)
                .isFalse();
        if (expectedExit == 2) {
            assertThat(err).as("%s: says what is wrong with the file", name).isNotBlank();
            return this;
        }
        assertThat(report).as("%s: a JSON report%n%s", name, console).isNotNull();
        assertThat(report.get("summary").get("records").asLong()).as(name).isEqualTo(records);
        Set<Long> seen = new HashSet<>();
        for (JsonNode record : report.get("records")) {
            long index = record.get("index").asLong();
            assertThat(seen.add(index)).as("%s: index %d once", name, index).isTrue();
            Set<String> errors = new HashSet<>();
            for (JsonNode finding : record.get("findings")) {
                if (finding.get("severity").asString().equals("ERROR")) {
                    errors.add(finding.get("code").asString());
                    assertThat(finding.get("message").asString()).as("%s: a message in Chinese", name)
                            .containsPattern("\\p{IsHan}");
                }
            }
            Set<String> expected = expectedErrors.getOrDefault(index, Set.of());
            if (!judgeRecords) {
                continue;
            }
            if (expected.isEmpty()) {
                assertThat(record.get("valid").asBoolean()).as("%s: record %d is valid, but has %s", name, index,
                        errors).isTrue();
            } else {
                assertThat(errors).as("%s: errors of record %d", name, index).containsAll(expected);
            }
        }
        assertThat(seen).as("%s: one result per record", name).hasSize(records);
        for (long i = 0; i < records; i++) {
            assertThat(seen).as(name).contains(i);
        }
        return this;
    }

    /**
     * Asserts the contract for an input whose records may carry any findings (a workbook of the sample data).
     *
     * @param expectedExit 0, 1 or 2
     * @param records      the results expected
     * @return this run
     */
    CliCase keepsTheContractWithoutJudgingRecords(int expectedExit, int records) {
        Map<Long, Set<String>> none = new java.util.HashMap<>();
        return check(expectedExit, records, none, false);
    }

    /**
     * Asserts that nothing of a file outside the input shows in the console or the report.
     *
     * @param secret the file (such as /etc/passwd)
     * @return this run
     * @throws IOException when the file cannot be read
     */
    CliCase showsNothingOf(Path secret) throws IOException {
        String all = out + err + (report == null ? "" : report.toString());
        for (String line : Files.readAllLines(secret)) {
            if (line.length() >= 8) {
                assertThat(all).as("%s: leaks a line of %s", name, secret).doesNotContain(line);
            }
        }
        return this;
    }
}
