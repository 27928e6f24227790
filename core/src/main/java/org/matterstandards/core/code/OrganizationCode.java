package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Organization code (组织机构代码, GB 11714): 8 body characters (digits or upper-case letters) and one check
 * character, e.g. {@code 007482575}. Only the plain 9-character form is accepted; the printed form with a hyphen
 * ({@code 00748257-5}) must be normalised by the caller.
 *
 * <p>Check: letters count A=10 … Z=35, weights 3 7 9 10 5 8 4 2, {@code c = 11 − (Σ mod 11)}, written as a digit,
 * with 10 → {@code X} and 11 → {@code 0}.
 */
public final class OrganizationCode extends CodeValue {

    /** Length of an organization code (代码长度). */
    public static final int LENGTH = 9;

    private static final WeightedModulus SCHEME = new WeightedModulus(
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", new int[] {3, 7, 9, 10, 5, 8, 4, 2}, 11, "0123456789X");

    private OrganizationCode(String value) {
        super(value);
    }

    /**
     * Checks an organization code (校验组织机构代码).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH, BAD_CHARACTER or BAD_CHECK_CHARACTER (detail = expected character)
     */
    public static CodeCheck check(String text) {
        CodeCheck length = CodeText.checkLength(text, LENGTH);
        return length.isOk() ? checkAt(text, 0) : length;
    }

    /**
     * Checks the organization code that starts at 0-based {@code from} of a text with at least {@link #LENGTH}
     * characters from there, as {@link #check} checks it cut out (positions within the code).
     */
    static CodeCheck checkAt(String text, int from) {
        return SCHEME.verify(text, from);
    }

    /**
     * Tells whether the text is a valid organization code (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses an organization code (解析组织机构代码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganizationCode parse(String text) {
        CodeText.requireOk(CodeKind.ORGANIZATION_CODE, text, check(text));
        return new OrganizationCode(text);
    }

    /**
     * Computes the check character (校验码) for the first 8 characters.
     *
     * @param first8 the body, 8 characters from {@code [0-9A-Z]}
     * @return the check character, a digit or {@code X}
     * @throws IllegalArgumentException if the body has the wrong length or a bad character
     */
    public static char checkCharacter(String first8) {
        return SCHEME.checkCharacterOfBody(first8, CodeKind.ORGANIZATION_CODE);
    }

    /** Package access for tests that compare the weights with the standard. */
    static WeightedModulus scheme() {
        return SCHEME;
    }
}
