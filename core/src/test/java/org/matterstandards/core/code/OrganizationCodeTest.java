package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.BAD_CHECK_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationCodeTest {

    private static final String BODY_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Organization codes embedded in the real credit codes of the domain reference. */
    @ParameterizedTest
    @ValueSource(strings = {"M000100Y4", "MA1K314J7", "008115371", "007482575", "MB2D0164X", "196720244",
        "MB2D07224", "693951377", "006939756", "007542785", "006940167", "006941354", "696931785"})
    void realCodesPass(String code) {
        assertThat(OrganizationCode.check(code)).isEqualTo(CodeCheck.ok());
        assertThat(OrganizationCode.isValid(code)).isTrue();
        assertThat(OrganizationCode.parse(code).value()).isEqualTo(code);
        assertThat(OrganizationCode.checkCharacter(code.substring(0, 8))).isEqualTo(code.charAt(8));
    }

    @Test
    void checkValuesTenAndElevenAreWrittenAsXAndZero() {
        // MB2D0164: weighted sum leaves 10 -> X.
        assertThat(OrganizationCode.checkCharacter("MB2D0164")).isEqualTo('X');
        // 00000000: sum 0, 11 - 0 = 11 -> 0 (an implementation without the 11 -> 0 rule would fail here).
        assertThat(OrganizationCode.checkCharacter("00000000")).isEqualTo('0');
    }

    @Test
    void weightsAreThoseOfGb11714() {
        assertThat(OrganizationCode.scheme().weights()).containsExactly(3, 7, 9, 10, 5, 8, 4, 2);
    }

    @Test
    void reportsEveryFailureReason() {
        assertThat(OrganizationCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(OrganizationCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(OrganizationCode.check("00748257-5")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "9"));
        assertThat(OrganizationCode.check("00748257")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "9"));
        assertThat(OrganizationCode.check("0074a2575")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 5, "a"));
        assertThat(OrganizationCode.check("00748257６")).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 9, "5"));
        assertThat(OrganizationCode.check("007482576")).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 9, "5"));
        assertThat(OrganizationCode.check("MB2D0164x")).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 9, "X"));
    }

    @Test
    void parseThrowsWithTheCheck() {
        assertThatThrownBy(() -> OrganizationCode.parse("007482576"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.check()).isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 9, "5"));
                    assertThat(e.kind()).isEqualTo(CodeKind.ORGANIZATION_CODE);
                    assertThat(e.input()).isEqualTo("007482576");
                });
    }

    @Test
    void checkCharacterRejectsBadBodies() {
        assertThatThrownBy(() -> OrganizationCode.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganizationCode.checkCharacter("0074825")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 characters");
        assertThatThrownBy(() -> OrganizationCode.checkCharacter("0074825-")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 8");
    }

    @Test
    void valueSemantics() {
        OrganizationCode a = OrganizationCode.parse("007482575");
        assertThat(a).isEqualTo(OrganizationCode.parse("007482575")).hasSameHashCodeAs("007482575".hashCode())
                .isNotEqualTo(OrganizationCode.parse("006939756")).isNotEqualTo("007482575");
        assertThat(a).hasToString("007482575");
    }

    /** Property: a computed check character validates, and any other character in its place is caught. */
    @Test
    void randomBodiesWithTheirCheckCharacterPassAndAnyOtherCheckCharacterFails() {
        Random random = new Random(11714L);
        String candidates = BODY_ALPHABET + "abx-";
        for (int round = 0; round < 2_000; round++) {
            String body = randomString(random, BODY_ALPHABET, 8);
            char check = OrganizationCode.checkCharacter(body);
            assertThat("0123456789X".indexOf(check)).isNotNegative();
            assertThat(OrganizationCode.isValid(body + check)).as(body + check).isTrue();
            for (int i = 0; i < candidates.length(); i++) {
                char other = candidates.charAt(i);
                if (other != check) {
                    assertThat(OrganizationCode.check(body + other)).as(body + other)
                            .isEqualTo(CodeCheck.fail(BAD_CHECK_CHARACTER, 9, String.valueOf(check)));
                }
            }
        }
    }

    static String randomString(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
