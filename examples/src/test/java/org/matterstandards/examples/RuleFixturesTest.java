package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.matterstandards.core.builtin.BuiltInRules;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.ProfileRegistry;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.ValidationResult;

/**
 * Every rule-stage rule of the built-in catalogue — whoever adds it — has fixtures in examples/fixtures/CODE, and they
 * prove it: each invalid*.json yields the rule's code, each valid*.json neither yields it nor any ERROR. A record
 * rule checks one kind, or several (then the fixture's kind is detected from its elements). SYS-0001 (a rule that
 * failed) is reported by the pipeline, not by a record rule, and needs no fixture.
 */
class RuleFixturesTest {

    private static final RuleCatalog CATALOG = BuiltInRules.catalog();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    /** The codes produced by a record rule in the rule stage: these can be shown with a single record. */
    private static Set<String> recordRuleCodes() {
        Set<String> codes = new TreeSet<>();
        for (RuleSet set : CATALOG.ruleSets()) {
            for (RecordRule<?> rule : set.recordRules()) {
                if (rule.descriptor().stage() == Stage.RULE) {
                    codes.add(rule.descriptor().code());
                }
            }
        }
        return codes;
    }

    @Test
    void everyRecordRuleHasAValidAndAnInvalidFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String code : recordRuleCodes()) {
            Path folder = RepositoryPaths.fixtures().resolve(code);
            List<RuleFixture> fixtures = Files.isDirectory(folder) ? RuleFixture.of(folder) : List.of();
            if (fixtures.stream().noneMatch(RuleFixture::valid)) {
                missing.add(code + " (valid*.json)");
            }
            if (fixtures.stream().allMatch(RuleFixture::valid)) {
                missing.add(code + " (invalid*.json)");
            }
        }
        assertThat(missing).as("rules without fixtures in %s", RepositoryPaths.fixtures()).isEmpty();
        assertThat(recordRuleCodes()).as("rule-stage codes of the built-in catalogue").hasSizeGreaterThan(40);
    }

    @Test
    void everyFixtureFolderNamesARuleOfTheCatalogue() throws IOException {
        Set<String> unknown = new LinkedHashSet<>();
        try (Stream<Path> folders = Files.list(RepositoryPaths.fixtures())) {
            folders.filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    // schema-agreement holds the schema/model agreement corpus, hostile the hostile-input corpus
                    // (docs/reliability.md), not one rule's fixtures.
                    .filter(name -> !name.equals("schema-agreement") && !name.equals("hostile"))
                    .filter(code -> CATALOG.descriptor(code).isEmpty())
                    .forEach(unknown::add);
        }
        assertThat(unknown).as("fixture folders of codes no rule set declares").isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyFixtureProvesItsRule() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String code : recordRuleCodes()) {
            Path folder = RepositoryPaths.fixtures().resolve(code);
            if (!Files.isDirectory(folder)) {
                continue; // reported by everyRecordRuleHasAValidAndAnInvalidFixture
            }
            RuleDescriptor descriptor = CATALOG.descriptor(code).orElseThrow();
            for (RuleFixture fixture : RuleFixture.of(folder)) {
                tests.add(DynamicTest.dynamicTest(fixture + " under " + fixture.profile(),
                        () -> check(fixture, descriptor)));
            }
        }
        return tests;
    }

    private static void check(RuleFixture fixture, RuleDescriptor descriptor) throws IOException {
        MatterValidator.Builder builder = MatterValidator.builder();
        if (fixture.profile().endsWith(".properties")) {
            builder.profile(ProfileRegistry.builtIn().load(Path.of(fixture.profile())));
        } else {
            builder.profile(fixture.profile());
        }
        MatterValidator validator = builder
                .kind(kindOf(descriptor))
                .asOf(fixture.asOf() != null ? fixture.asOf() : AS_OF)
                .build();
        ValidationResult result = validator.validate(Files.readString(fixture.file(), StandardCharsets.UTF_8));
        List<String> codes = result.findings().stream().map(Finding::code).toList();
        assertThat(result.skippedStages()).as("%s must reach the rule stage; findings %s", fixture, codes)
                .doesNotContain(Stage.RULE);
        if (fixture.valid()) {
            assertThat(codes).as("findings of %s", fixture).doesNotContain(fixture.code());
            assertThat(result.valid()).as("%s has no ERROR; findings %s", fixture, codes).isTrue();
        } else {
            assertThat(codes).as("findings of %s", fixture).contains(fixture.code());
        }
    }

    /** The rule's only kind, or {@code null} to detect it from the fixture. */
    private static RecordKind kindOf(RuleDescriptor descriptor) {
        return descriptor.appliesTo().size() == 1 ? descriptor.appliesTo().iterator().next() : null;
    }
}
