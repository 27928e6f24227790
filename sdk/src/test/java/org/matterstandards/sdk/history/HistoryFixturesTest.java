package org.matterstandards.sdk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.history.HistoryRules;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.sdk.tier.Repository;

/**
 * Runs the fixtures of the list-history rules: {@code examples/fixtures/CODE/invalid/} (dated snapshots
 * {@code list-yyyy-MM-dd.json} and list changes) must yield the code; {@code valid/} must yield neither it nor any
 * ERROR.
 */
class HistoryFixturesTest {

    private static final HistoryReader READER = HistoryReader.builder().profile("shantou").build();

    private static List<Finding> findings(Path folder) throws IOException {
        List<HistoryInput> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> inputs.add(HistoryInput.of(file)));
        }
        return READER.read(inputs).findings();
    }

    @TestFactory
    List<DynamicTest> everyHistoryRuleHasFixturesThatShowIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleDescriptor rule : new HistoryRules().descriptors()) {
            Path dir = Repository.file("examples/fixtures/" + rule.code());
            tests.add(DynamicTest.dynamicTest(rule.code() + " invalid", () -> assertThat(findings(dir.resolve("invalid")))
                    .extracting(Finding::code).contains(rule.code())));
            tests.add(DynamicTest.dynamicTest(rule.code() + " valid", () -> {
                List<Finding> found = findings(dir.resolve("valid"));
                assertThat(found).extracting(Finding::code).doesNotContain(rule.code());
                assertThat(found).extracting(Finding::severity).doesNotContain(Severity.ERROR);
            }));
        }
        return tests;
    }
}
