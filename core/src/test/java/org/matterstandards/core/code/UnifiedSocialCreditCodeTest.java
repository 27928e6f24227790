package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.BAD_CHECK_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.BAD_EMBEDDED_ORGANIZATION_CODE;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91310230MA1K314J7C", "114507210081153718", "11440100007482575H",
        "11440000MB2D0164XH", "12441500196720244T", "11440300MB2D072246", "114403006939513773", "11440000006939756B",
        "114400000069401674", "11440000006941354C", "11440100696931785D"})
    void realCodesPass(String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(CodeCheck.ok());
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
        assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void mockCodeFromTheReferenceFailsWithTheExpectedCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.check("11440300007542785T"))
                .isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 18, "U"));
        assertThat(UnifiedSocialCreditCode.isValid("11440300007542785T")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("11440300007542785U")).isTrue();
    }

    @Test
    void accessorsSplitTheCode() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("12441500196720244T");
        assertThat(code.registrationAuthority()).isEqualTo('1');
        assertThat(code.organizationType()).isEqualTo('2');
        assertThat(code.divisionCode()).isEqualTo("441500");
        assertThat(code.organizationCode()).isEqualTo(OrganizationCode.parse("196720244"));
        assertThat(code).hasToString("12441500196720244T")
                .isEqualTo(UnifiedSocialCreditCode.parse("12441500196720244T"))
                .hasSameHashCodeAs("12441500196720244T".hashCode());
    }

    @Test
    void weightsArePowersOfThreeModulo31AsPublished() {
        assertThat(UnifiedSocialCreditCode.scheme().weights())
                .containsExactly(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
    }

    @Test
    void checkValue31IsWrittenAsZero() {
        // All-zero body: sum 0, 31 - 0 = 31 -> '0'.
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void reportsEveryFailureReason() {
        assertThat(UnifiedSocialCreditCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(UnifiedSocialCreditCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(UnifiedSocialCreditCode.check("11440100007482575")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "18"));
        assertThat(UnifiedSocialCreditCode.check("11440100007482575H ")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "18"));
        // I, O, S, V and Z are not in the GB 32100 alphabet, nor are lower-case letters.
        assertThat(UnifiedSocialCreditCode.check("1144010000748257IH")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 17, "I"));
        assertThat(UnifiedSocialCreditCode.check("91310230ma1K314J7C")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 9, "m"));
        assertThat(UnifiedSocialCreditCode.check("11440100007482575J")).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 18, "H"));
        assertThat(UnifiedSocialCreditCode.check("11440100007482575I")).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 18, "H"));
    }

    @Test
    void embeddedOrganizationCodeMustPassItsOwnCheck() {
        // Change the embedded check character 5 -> 6 and give the whole code a matching outer check character.
        String body = "1144010000748257" + "6";
        String code = body + UnifiedSocialCreditCode.checkCharacter(body);
        assertThat(UnifiedSocialCreditCode.check(code))
                .isEqualTo(CodeCheck.fail(BAD_EMBEDDED_ORGANIZATION_CODE, 17, "BAD_CHECK_CHARACTER:5"));
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.check().problem()).isEqualTo(BAD_EMBEDDED_ORGANIZATION_CODE));
    }

    @Test
    void parseThrowsWithTheCheck() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("11440300007542785T"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CodeKind.USCC);
                    assertThat(e.check()).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 18, "U"));
                    assertThat(e.input()).isEqualTo("11440300007542785T");
                });
    }

    @Test
    void checkCharacterRejectsBadBodies() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("1144010000748257"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17 characters");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("1144010000748257O"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
    }

    /**
     * Property: for random bodies (positions 9-17 made a valid organization code, since the credit code demands
     * it) the computed check character validates, and each other character in its place is caught.
     */
    @Test
    void randomBodiesWithTheirCheckCharacterPassAndAnyOtherCheckCharacterFails() {
        Random random = new Random(32100L);
        for (int round = 0; round < 2_000; round++) {
            String first16 = OrganizationCodeTest.randomString(random, ALPHABET, 16);
            String body = first16 + OrganizationCode.checkCharacter(first16.substring(8));
            char check = UnifiedSocialCreditCode.checkCharacter(body);
            assertThat(UnifiedSocialCreditCode.check(body + check)).as(body + check).isEqualTo(CodeCheck.ok());
            for (int i = 0; i < ALPHABET.length(); i++) {
                char other = ALPHABET.charAt(i);
                if (other != check) {
                    assertThat(UnifiedSocialCreditCode.check(body + other)).as(body + other)
                            .isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 18, String.valueOf(check)));
                }
            }
        }
    }

    /** Property: fully random bodies can only fail on the embedded code, never on the outer check character. */
    @Test
    void fullyRandomBodiesNeverFailTheOuterCheck() {
        Random random = new Random(31L);
        for (int round = 0; round < 2_000; round++) {
            String body = OrganizationCodeTest.randomString(random, ALPHABET, 17);
            CodeCheck check = UnifiedSocialCreditCode.check(body + UnifiedSocialCreditCode.checkCharacter(body));
            assertThat(check.isOk() || check.problem() == BAD_EMBEDDED_ORGANIZATION_CODE).as(body).isTrue();
        }
    }

    /** Property: modulus 31 is prime and no weight is 0, so any single substitution anywhere is detected. */
    @Test
    void everySingleSubstitutionInARealCodeIsDetected() {
        String code = "11440000MB2D0164XH";
        for (int position = 0; position < code.length(); position++) {
            for (int i = 0; i < ALPHABET.length(); i++) {
                char other = ALPHABET.charAt(i);
                if (other != code.charAt(position)) {
                    String changed = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }
}
