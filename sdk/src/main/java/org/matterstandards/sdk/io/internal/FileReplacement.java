package org.matterstandards.sdk.io.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file only when its new content is complete (整体替换写出): the content is written to a temporary file
 * beside the target, which is renamed over the target on {@link #commit()} — atomically where the file system can —
 * so that an interrupted run (Ctrl+C, a full disk, a broken input) never leaves a file that looks complete: either
 * the old file stays, or the new one is there in full. {@link #close()} removes the temporary file when it was not
 * committed. Used by {@code FileConverter} and the CLI's report files.
 *
 * <pre>{@code
 * try (FileReplacement replacement = FileReplacement.beside(target)) {
 *     write(replacement.temporary());
 *     replacement.commit();
 * }
 * }</pre>
 */
public final class FileReplacement implements AutoCloseable {

    private final Path temporary;
    private final Path target;
    private boolean committed;

    private FileReplacement(Path temporary, Path target) {
        this.temporary = temporary;
        this.target = target;
    }

    /**
     * Creates the temporary file, and the target's folder if need be. Its name ends as the target's does, because
     * writers tell a format by the extension (NDJSON from JSON).
     *
     * @param target the file to replace
     * @return the replacement; close it
     * @throws IOException when the folder or the temporary file cannot be created
     */
    public static FileReplacement beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".part-", "-" + absolute.getFileName());
        temporary.toFile().deleteOnExit();
        return new FileReplacement(temporary, target);
    }

    /** @return the temporary file to write the new content to */
    public Path temporary() {
        return temporary;
    }

    /**
     * Renames the temporary file over the target.
     *
     * @throws IOException when it cannot be moved
     */
    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Left for deleteOnExit; what went wrong before is what the user must hear about.
        }
    }
}
