package org.matterstandards.core.code;

import java.util.Arrays;

/**
 * A weighted-sum, modulus check-character scheme (加权模数校验码). GB 32100 (credit codes) and GB 11714
 * (organization codes) differ only in alphabet, weights, modulus and how the check value is written, so both use
 * this one implementation.
 *
 * <p>Each body character has the value of its index in {@code bodyAlphabet}. The check value is
 * {@code (modulus - Σ value_i × weight_i mod modulus) mod modulus}; the outer {@code mod} folds the standards' rule
 * "a result equal to the modulus is written as 0" into the formula. The check character is
 * {@code checkAlphabet.charAt(checkValue)}.
 */
final class WeightedModulus {

    private final Alphabet bodyAlphabet;
    private final int[] weights;
    private final int modulus;
    private final String checkAlphabet;

    WeightedModulus(String bodyAlphabet, int[] weights, int modulus, String checkAlphabet) {
        if (checkAlphabet.length() != modulus) {
            throw new IllegalArgumentException("check alphabet must have one character per check value");
        }
        this.bodyAlphabet = new Alphabet(bodyAlphabet);
        this.weights = weights.clone();
        this.modulus = modulus;
        this.checkAlphabet = checkAlphabet;
    }

    /** Number of body characters, i.e. the code length without the check character. */
    int bodyLength() {
        return weights.length;
    }

    /** The weights, for tests that compare them with the published tables. */
    int[] weights() {
        return weights.clone();
    }

    /**
     * Computes the check character of a body that is known to be valid (right length, alphabet characters only),
     * starting at 0-based {@code from} of the text.
     */
    private char checkCharacterOf(String text, int from) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += bodyAlphabet.valueOf(text.charAt(from + i)) * weights[i];
        }
        return checkAlphabet.charAt((modulus - sum % modulus) % modulus);
    }

    /**
     * Public-API variant of {@link #checkCharacterOf}: rejects a body of the wrong length or with bad characters.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code body}
     */
    char checkCharacterOfBody(String body, CodeKind kind) {
        if (body == null || body.length() != weights.length) {
            throw new IllegalArgumentException("The body of a " + kind.englishName() + " has " + weights.length
                    + " characters, got " + (body == null ? "null" : body.length() + ": \"" + body + '"'));
        }
        int bad = CodeText.firstRejected(body, 0, body.length(), bodyAlphabet);
        if (bad != 0) {
            throw new IllegalArgumentException("Character '" + body.charAt(bad - 1) + "' at position " + bad
                    + " is not allowed in a " + kind.englishName() + ": \"" + body + '"');
        }
        return checkCharacterOf(body, 0);
    }

    /**
     * Checks body characters and the check character of a code that starts at 0-based {@code from} of the text,
     * which holds at least the code's length from there (checked by the caller); positions count from the code's start.
     *
     * @return BAD_CHARACTER at the first character outside the body alphabet, BAD_CHECK_CHARACTER (detail = the
     *         expected character) at the last position when the check character differs, else OK
     */
    CodeCheck verify(String text, int from) {
        CodeCheck characters = CodeText.checkPartCharacters(text, from, from + weights.length, bodyAlphabet,
                CodeProblem.BAD_CHARACTER);
        if (!characters.isOk()) {
            return characters;
        }
        char expected = checkCharacterOf(text, from);
        if (text.charAt(from + weights.length) != expected) {
            return CodeCheck.fail(CodeProblem.BAD_CHECK_CHARACTER, weights.length + 1, String.valueOf(expected));
        }
        return CodeCheck.ok();
    }

    @Override
    public String toString() {
        return "WeightedModulus[mod " + modulus + ", weights " + Arrays.toString(weights) + ']';
    }
}
