package org.matterstandards.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's example folders whether tests run from the module or the repository root. */
final class ExampleFiles {

    private ExampleFiles() {
    }

    /**
     * @param relative a path below {@code examples/}, e.g. {@code data/list-changes.json}
     * @return the path
     */
    static Path examples(String relative) {
        String repo = System.getenv("MATTER_REPO_DIR");
        if (repo != null && Files.isDirectory(Path.of(repo, "examples"))) {
            return Path.of(repo, "examples").resolve(relative);
        }
        return Path.of(relative); // surefire runs in the module folder, examples/
    }
}
