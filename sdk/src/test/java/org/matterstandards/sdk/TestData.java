package org.matterstandards.sdk;

import java.nio.file.Path;

/** Paths to the repository's example data, for tests of every package. */
public final class TestData {

    /** The repository root (surefire sets MATTER_REPO_DIR; a module directory's parent otherwise). */
    public static final Path REPO = Path.of(System.getenv().getOrDefault("MATTER_REPO_DIR", ".."));

    /** examples/data/shantou-sample.json: 20 correct records and 5 with one mistake each. */
    public static final Path SAMPLE = REPO.resolve("examples/data/shantou-sample.json");

    /** examples/profiles/divisions-guangxi-lingshan.tsv: 450000 广西, 450700 钦州市, 450721 灵山县. */
    public static final Path GUANGXI_DIVISIONS = REPO.resolve("examples/profiles/divisions-guangxi-lingshan.tsv");

    /** The version line of {@link #GUANGXI_DIVISIONS}. */
    public static final String GUANGXI_DIVISIONS_VERSION = "2026-11-29 (example: 3 codes)";

    /** examples/profiles/taskType.guangxi.tsv: the example 事项类型 variant {@code guangxi}. */
    public static final Path GUANGXI_TASK_TYPES = REPO.resolve("examples/profiles/taskType.guangxi.tsv");

    private TestData() {
    }
}
