package org.matterstandards.core.intermediary;

/** Small helpers for optional text elements. */
final class Texts {

    private Texts() {
    }

    /**
     * @param text an element's value, may be {@code null}
     * @return {@code true} when it holds something other than white space
     */
    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
