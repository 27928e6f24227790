package org.matterstandards.core.finding;

/** Builds JSON Pointers (RFC 6901) for findings (JSON 指针). */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Appends reference tokens to a pointer, escaping {@code ~} and {@code /}.
     *
     * @param base   an existing pointer, {@code ""} for the root
     * @param tokens property names or array indexes
     * @return the longer pointer
     */
    public static String append(String base, Object... tokens) {
        StringBuilder pointer = new StringBuilder(base);
        for (Object token : tokens) {
            pointer.append('/').append(String.valueOf(token).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * The pointer to a top-level property.
     *
     * @param property the property name
     * @return {@code /property}
     */
    public static String of(String property) {
        return append("", property);
    }
}
