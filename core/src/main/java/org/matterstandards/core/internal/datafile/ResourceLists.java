package org.matterstandards.core.internal.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the list files that name built-in reference resources (资源清单), e.g. {@code profiles.list}: a classpath
 * cannot be listed, so each folder of built-in data says what it holds.
 */
public final class ResourceLists {

    private ResourceLists() {
    }

    /**
     * The entries of a list resource: UTF-8, one entry per line, blank lines and {@code #} comments skipped.
     *
     * @param anchor   the class whose loader finds the resource
     * @param resource the absolute resource name, e.g. {@code /org/matterstandards/core/profile/profiles.list}
     * @return the entries, trimmed, in file order
     * @throws IllegalStateException when the resource is missing (a broken build)
     */
    public static List<String> read(Class<?> anchor, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            DataLines data = new DataLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            while (data.next()) {
                String trimmed = data.line().strip();
                if (!trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
