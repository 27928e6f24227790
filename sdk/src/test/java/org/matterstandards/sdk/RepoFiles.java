package org.matterstandards.sdk;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from a test (仓库文件): surefire sets MATTER_REPO_DIR; a run from the IDE falls back. */
public final class RepoFiles {

    private RepoFiles() {
    }

    /**
     * A path inside the repository.
     *
     * @param relative path from the repository root, e.g. {@code examples/fixtures}
     * @return the path (it may not exist)
     */
    public static Path resolve(String relative) {
        String configured = System.getenv("MATTER_REPO_DIR");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        if (!Files.isDirectory(root.resolve("examples"))) {
            root = Path.of(".");
        }
        return root.resolve(relative).normalize();
    }
}
