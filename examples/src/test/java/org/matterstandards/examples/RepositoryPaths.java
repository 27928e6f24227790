package org.matterstandards.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's folders are when tests run (surefire sets MATTER_REPO_DIR; the module folder is examples/). */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    static Path root() {
        String configured = System.getenv("MATTER_REPO_DIR");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of("..").toAbsolutePath().normalize();
    }

    static Path fixtures() {
        return root().resolve("examples").resolve("fixtures");
    }

    static Path docs() {
        return root().resolve("docs");
    }
}
