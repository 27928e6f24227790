package org.matterstandards.sdk.tier;

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
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.el.TierRules;
import org.matterstandards.sdk.ValidationResult;

/**
 * Runs the fixtures of the EL rules: for each rule, {@code invalid*.json} against the folder's {@code upstream.json}
 * must produce the rule's code, and {@code valid*.json} must not.
 */
class TierFixturesTest {

    private static final TierDiffer DIFFER = TierDiffer.builder().profile("longhu").build();

    private static List<String> codes(Path upstream, Path local) {
        List<String> codes = new ArrayList<>();
        for (ValidationResult result : DIFFER.diff(upstream, local).results()) {
            result.findings().stream().map(Finding::code).forEach(codes::add);
        }
        return codes;
    }

    @TestFactory
    Stream<DynamicTest> everyElRuleHasFixturesThatShowIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleDescriptor rule : new TierRules().descriptors()) {
            Path dir = Repository.file("examples/fixtures/" + rule.code());
            Path upstream = dir.resolve("upstream.json");
            tests.add(DynamicTest.dynamicTest(rule.code() + " has fixtures", () -> {
                assertThat(upstream).exists();
                assertThat(dir.resolve("valid.json")).exists();
                assertThat(dir.resolve("invalid.json")).exists();
            }));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("valid")) {
                        tests.add(DynamicTest.dynamicTest(rule.code() + " " + name,
                                () -> assertThat(codes(upstream, file)).doesNotContain(rule.code())));
                    } else if (name.startsWith("invalid")) {
                        tests.add(DynamicTest.dynamicTest(rule.code() + " " + name,
                                () -> assertThat(codes(upstream, file)).contains(rule.code())));
                    }
                }
            }
        }
        return tests.stream();
    }
}
