package org.matterstandards.sdk;

import java.nio.file.Path;

/** Paths to the repository's example data, for tests of every package. */
public final class TestData {

    /** The repository root (surefire sets MATTER_REPO_DIR; a module directory's parent otherwise). */
    public static final Path REPO = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", ".."));

    /** examples/data/shantou-sample.json: 20 correct records and 5 with one mistake each. */
    public static final Path SAMPLE = REPO.resolve("examples/data/shantou-sample.json");

    private TestData() {
    }
}
