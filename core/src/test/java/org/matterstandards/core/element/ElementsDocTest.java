package org.matterstandards.core.element;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/elements.md} in step with the catalogue: the test fails when the committed file differs from what
 * the catalogue renders, and rewrites it when run with {@code -Dmatter.regenerateDocs=true}.
 */
class ElementsDocTest {

    private static Path repository() {
        String dir = System.getenv("MATTER_REPO_DIR");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    @Test
    void committedDocumentMatchesTheCatalogue() throws IOException {
        Path file = repository().resolve("docs/elements.md");
        String expected = ElementsDoc.render(ElementCatalog.builtIn());
        if (Boolean.getBoolean("matter.regenerateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("docs/elements.md is missing; generate it with: " + ElementsDoc.REGENERATE).exists();
        String actual = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual).as("docs/elements.md is stale; regenerate it with: " + ElementsDoc.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void documentListsEveryElementWithItsMode() {
        String doc = ElementsDoc.render(ElementCatalog.builtIn());
        for (Element element : ElementCatalog.builtIn().elements()) {
            assertThat(doc).contains("`" + element.key() + "` | `" + element.exchangeName() + "`");
        }
        assertThat(doc).contains("| 承诺办结时限 | promised time limit | `promiseDay` | `PROMISE_DAY` | 实施规范要素 | 3 市级 "
                + "| NARROW_ONLY | `max` |");
    }
}
