package org.matterstandards.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every committed file of the hostile corpus ({@code examples/fixtures/hostile/}) through {@code matter validate}
 * in this JVM and checks what {@code expected.tsv} says of it, plus the contract of {@link CliCase}. The big and the
 * memory cases are generated at test time by {@link HostileBigInputsTest}.
 */
class HostileCorpusTest {

    static final Path CORPUS = RepositoryPaths.fixtures().resolve("hostile");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCommittedCaseKeepsTheContract() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String file = columns[0];
            listed.add(file);
            int exit = Integer.parseInt(columns[1]);
            int records = columns[2].equals("-") ? 0 : Integer.parseInt(columns[2]);
            Map<Long, Set<String>> errors = errors(columns[3]);
            tests.add(DynamicTest.dynamicTest(file, () -> CliCase.validate(file, dir, CORPUS.resolve(file))
                    .keepsTheContract(exit, records, errors)));
        }
        tests.add(DynamicTest.dynamicTest("every corpus file is listed in expected.tsv", () -> {
            try (Stream<Path> files = Files.list(CORPUS)) {
                org.assertj.core.api.Assertions.assertThat(files.map(f -> f.getFileName().toString())
                        .filter(f -> !f.equals("expected.tsv") && !f.equals("README.md")))
                        .allMatch(listed::contains);
            }
        }));
        return tests.stream();
    }

    /** Parses {@code 1:SC-0001,2:SC-0004}. */
    static Map<Long, Set<String>> errors(String column) {
        Map<Long, Set<String>> errors = new HashMap<>();
        if (!column.equals("-")) {
            for (String entry : column.split(",")) {
                String[] parts = entry.split(":");
                errors.computeIfAbsent(Long.parseLong(parts[0]), i -> new HashSet<>()).add(parts[1]);
            }
        }
        return errors;
    }
}
