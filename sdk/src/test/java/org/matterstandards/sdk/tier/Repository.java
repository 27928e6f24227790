package org.matterstandards.sdk.tier;

import java.nio.file.Path;

/** Finds files of the repository from tests (the examples folder lives beside the modules). */
public final class Repository {

    private Repository() {
    }

    /**
     * A path inside the repository.
     *
     * @param relative e.g. {@code examples/data/local-longhu.json}
     * @return the absolute path
     */
    public static Path file(String relative) {
        String dir = System.getenv("MATTER_REPO_DIR");
        Path root = dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
        return root.resolve(relative);
    }
}
