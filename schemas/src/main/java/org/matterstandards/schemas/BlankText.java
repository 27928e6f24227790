package org.matterstandards.schemas;

/**
 * What "blank" means in the schemas (空白文本), written as regular-expression character classes that every
 * ECMA-262 and Java engine reads the same way.
 *
 * <p>The model treats a text as blank when {@link String#isBlank()} says so, that is when every character is
 * {@link Character#isWhitespace(int) whitespace} (this includes the ideographic space U+3000 that Chinese input
 * methods produce, but not the no-break spaces). Neither {@code \s} of ECMA-262 nor {@code \s} of Java means exactly
 * that, so the class is spelled out here, computed from {@link Character#isWhitespace(int)} itself.
 */
public final class BlankText {

    /** A character class matching one whitespace character as {@link String#isBlank()} counts it. */
    public static final String WHITESPACE_CLASS = "[" + whitespaceRanges() + "]";

    /** Matches a text that has at least one character that is not whitespace (unanchored, as JSON Schema applies it). */
    public static final String NOT_BLANK_PATTERN = "[^" + whitespaceRanges() + "]";

    private BlankText() {
    }

    /**
     * Wraps an anchored code pattern so that it also accepts blank text, which the model treats as absent.
     *
     * @param body the code's shape without anchors, e.g. {@code [0-9A-Z]{12}}
     * @return {@code ^(?:BODY|WS*)$}
     */
    public static String orBlank(String body) {
        return "^(?:" + body + "|" + WHITESPACE_CLASS + "*)$";
    }

    /**
     * Whether a text is blank in the model's sense.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} for {@code null}, empty or whitespace only
     */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String whitespaceRanges() {
        StringBuilder ranges = new StringBuilder();
        int c = 0;
        while (c <= Character.MAX_VALUE) {
            if (!Character.isWhitespace(c)) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 <= Character.MAX_VALUE && Character.isWhitespace(end + 1)) {
                end++;
            }
            ranges.append(escape(c));
            if (end > c) {
                ranges.append('-').append(escape(end));
            }
            c = end + 1;
        }
        // Supplementary code points are never whitespace in Java; assert it so a future JDK cannot change it quietly.
        for (int s = Character.MIN_SUPPLEMENTARY_CODE_POINT; s <= Character.MAX_CODE_POINT; s++) {
            if (Character.isWhitespace(s)) {
                throw new IllegalStateException("supplementary whitespace is not supported: U+" + Integer.toHexString(s));
            }
        }
        return ranges.toString();
    }

    private static String escape(int c) {
        return String.format(java.util.Locale.ROOT, "\\u%04X", c);
    }
}
