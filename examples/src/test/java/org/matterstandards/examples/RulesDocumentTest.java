package org.matterstandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.builtin.BuiltInRules;

/**
 * docs/rules.md is the catalogue as it is: fails when a rule was added, changed or removed without regenerating it.
 * Run with {@code -Dmatter.docs.write=true} to rewrite the file.
 */
class RulesDocumentTest {

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        Path file = RepositoryPaths.docs().resolve("rules.md");
        String expected = RulesDocument.render(BuiltInRules.catalog());
        if (Boolean.getBoolean("matter.docs.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(actual)
                .as("docs/rules.md is stale or missing; regenerate it with:%n  %s%n", RulesDocument.REGENERATE)
                .isEqualTo(expected);
    }
}
