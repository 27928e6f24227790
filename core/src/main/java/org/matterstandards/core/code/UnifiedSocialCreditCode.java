package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015), e.g. {@code 11440100007482575H}.
 *
 * <pre>
 *  pos 1    登记管理部门码  registration authority (1 机构编制, 5 民政, 9 工商, Y 其他 …)
 *  pos 2    机构类别码      organization type within that authority
 *  pos 3-8  登记管理机关行政区划码  division code of the registering office
 *  pos 9-17 主体标识码      the GB 11714 organization code, with its own check character
 *  pos 18   校验码          check character
 * </pre>
 *
 * <p>All 18 characters come from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z), with values 0–30.
 * Weights are {@code 3^(i−1) mod 31} and the check value is {@code 31 − (Σ mod 31)}, where 31 is written as 0.
 * Positions 9–17 must also pass the organization-code check.
 *
 * <p>Positions 3–8 are not looked up in a division table: a code keeps the division of the office that issued it,
 * and that division may since have been merged or renamed.
 */
public final class UnifiedSocialCreditCode extends CodeValue {

    /** Length of a credit code (代码长度). */
    public static final int LENGTH = 18;

    /** The 31 characters allowed by GB 32100, in value order. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int MODULUS = 31;

    private static final WeightedModulus SCHEME = new WeightedModulus(ALPHABET, powerWeights(), MODULUS, ALPHABET);

    /** 0-based start of the embedded organization code (positions 9–17). */
    private static final int ORGANIZATION_CODE_OFFSET = 8;

    private final OrganizationCode organizationCode;

    private UnifiedSocialCreditCode(String value) {
        super(value);
        this.organizationCode = OrganizationCode.parse(embeddedOrganizationCode(value));
    }

    /** Weights 3^(i−1) mod 31 for i = 1..17, computed rather than typed so that no digit can be mistyped. */
    private static int[] powerWeights() {
        int[] weights = new int[LENGTH - 1];
        int weight = 1;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight;
            weight = weight * 3 % MODULUS;
        }
        return weights;
    }

    /**
     * Checks a credit code (校验统一社会信用代码).
     *
     * @param text the candidate, may be null
     * @return OK, or EMPTY, WRONG_LENGTH, BAD_CHARACTER, BAD_CHECK_CHARACTER (detail = expected character), or
     *         BAD_EMBEDDED_ORGANIZATION_CODE (position within 9–17, detail = the inner problem)
     */
    public static CodeCheck check(String text) {
        CodeCheck length = CodeText.checkLength(text, LENGTH);
        return length.isOk() ? checkAt(text, 0) : length;
    }

    /**
     * Checks the credit code that starts at 0-based {@code from} of a text with at least {@link #LENGTH} characters
     * from there, as {@link #check} checks it cut out (positions within the credit code).
     */
    static CodeCheck checkAt(String text, int from) {
        CodeCheck result = SCHEME.verify(text, from);
        if (result.isOk()) {
            // The embedded code is checked last: when the outer check character already fails, that is the simpler
            // message, and a typo in positions 9-17 almost always breaks both.
            result = CodeText.nested(CodeProblem.BAD_EMBEDDED_ORGANIZATION_CODE, ORGANIZATION_CODE_OFFSET,
                    OrganizationCode.checkAt(text, from + ORGANIZATION_CODE_OFFSET));
        }
        return result;
    }

    private static String embeddedOrganizationCode(String text) {
        return text.substring(ORGANIZATION_CODE_OFFSET, ORGANIZATION_CODE_OFFSET + OrganizationCode.LENGTH);
    }

    /**
     * Tells whether the text is a valid credit code (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when {@link #check(String)} is OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Parses a credit code (解析统一社会信用代码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnifiedSocialCreditCode parse(String text) {
        CodeText.requireOk(CodeKind.USCC, text, check(text));
        return new UnifiedSocialCreditCode(text);
    }

    /**
     * Computes the check character (校验码) for the first 17 characters. The embedded organization code is not
     * checked here, so that callers can build test data freely.
     *
     * @param first17 the body, 17 characters from the GB 32100 alphabet
     * @return the check character
     * @throws IllegalArgumentException if the body has the wrong length or a bad character
     */
    public static char checkCharacter(String first17) {
        return SCHEME.checkCharacterOfBody(first17, CodeKind.USCC);
    }

    /** Package access for tests that compare the weights with the standard. */
    static WeightedModulus scheme() {
        return SCHEME;
    }

    /**
     * Returns the registration authority character (登记管理部门码), position 1.
     *
     * @return e.g. {@code '1'} for 机构编制, {@code '9'} for 工商
     */
    public char registrationAuthority() {
        return value().charAt(0);
    }

    /**
     * Returns the organization type character (机构类别码), position 2.
     *
     * @return e.g. {@code '1'} for 机关 under authority 1
     */
    public char organizationType() {
        return value().charAt(1);
    }

    /**
     * Returns the division code of the registering office (登记管理机关行政区划码), positions 3–8. Not verified
     * against a division table (see the class comment).
     *
     * @return six characters, e.g. {@code 440100}
     */
    public String divisionCode() {
        return value().substring(2, ORGANIZATION_CODE_OFFSET);
    }

    /**
     * Returns the embedded organization code (主体标识码 / 组织机构代码), positions 9–17.
     *
     * @return the organization code
     */
    public OrganizationCode organizationCode() {
        return organizationCode;
    }
}
