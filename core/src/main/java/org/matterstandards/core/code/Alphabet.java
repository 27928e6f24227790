package org.matterstandards.core.code;

/**
 * The ASCII characters a code or a part of one may hold (编码字符集), each with its value: its index in the
 * alphabet, as check-character schemes count. A table look-up per character, so that a check of a whole code is one
 * loop without calls through a predicate.
 */
final class Alphabet {

    /** ASCII digits only: {@link Character#isDigit} would also accept full-width and other scripts' digits. */
    static final Alphabet DIGIT = new Alphabet("0123456789");

    /** Digits and upper-case ASCII letters, the alphabet of catalog codes and of GB 11714 bodies. */
    static final Alphabet DIGIT_OR_UPPER = new Alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static final int ASCII = 128;

    /** Value + 1 of each ASCII character, 0 for a character outside the alphabet. */
    private final byte[] values = new byte[ASCII];

    /**
     * @param characters the alphabet in value order: ASCII characters, each once, at most 127 of them
     */
    Alphabet(String characters) {
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (c >= ASCII || values[c] != 0) {
                throw new IllegalArgumentException("not a set of ASCII characters: " + characters);
            }
            values[c] = (byte) (i + 1);
        }
    }

    /** Whether {@code c} belongs to the alphabet. */
    boolean contains(char c) {
        return c < ASCII && values[c] != 0;
    }

    /** The value (index) of a character that {@link #contains} accepts. */
    int valueOf(char c) {
        return values[c] - 1;
    }
}
