package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CATALOG_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_CREDIT_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_LEVEL_DIGIT;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskCodeTest {

    @ParameterizedTest
    @CsvSource({
        "1145072100811537184452004020000, 114507210081153718, 4, 452004020000",
        "11440100007482575H3440118009000, 11440100007482575H, 3, 440118009000",
        "11440000MB2D0164XH2440289876000, 11440000MB2D0164XH, 2, 440289876000",
        "12441500196720244T3442199806003, 12441500196720244T, 3, 442199806003",
        "11440300MB2D0722464440127028001, 11440300MB2D072246, 4, 440127028001",
        "11440000006939756B244210104C002, 11440000006939756B, 2, 44210104C002",
        "1144000000694016742442109057049, 114400000069401674, 2, 442109057049",
        "11440000006941354C244212401W000, 11440000006941354C, 2, 44212401W000"})
    void realCodesParseIntoParts(String code, String credit, int level, String catalog) {
        assertThat(TaskCode.check(code)).isEqualTo(CodeCheck.ok());
        TaskCode parsed = TaskCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.creditCode()).isEqualTo(UnifiedSocialCreditCode.parse(credit));
        assertThat(parsed.levelDigit()).isEqualTo(level);
        assertThat(parsed.catalogCode()).isEqualTo(CatalogCode.parse(catalog));
        assertThat(parsed).hasToString(code).isEqualTo(TaskCode.parse(code)).hasSameHashCodeAs(code.hashCode());
    }

    @Test
    void reportsEmptyAndLength() {
        assertThat(TaskCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(TaskCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(TaskCode.check("11440100007482575H344011800900")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "31"));
        // A handle item code is not a task code.
        assertThat(TaskCode.check("114403006939513773344201505200801")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "31"));
    }

    @Test
    void namesTheFaultyCreditCodePart() {
        assertThat(TaskCode.check("11440300007542785T3440118009000"))
                .isEqualTo(CodeCheck.fail(BAD_CREDIT_CODE, 18, "BAD_CHECK_CHARACTER:U"));
        assertThat(TaskCode.check("1144O100007482575H3440118009000"))
                .isEqualTo(CodeCheck.fail(BAD_CREDIT_CODE, 5, "BAD_CHARACTER:O"));
    }

    @Test
    void namesTheFaultyLevelDigit() {
        assertThat(TaskCode.check("11440100007482575H7440118009000")).isEqualTo(CodeCheck.fail(BAD_LEVEL_DIGIT, 19, "1-6"));
        assertThat(TaskCode.check("11440100007482575H0440118009000")).isEqualTo(CodeCheck.fail(BAD_LEVEL_DIGIT, 19, "1-6"));
        assertThat(TaskCode.check("11440100007482575HA440118009000")).isEqualTo(CodeCheck.fail(BAD_LEVEL_DIGIT, 19, "1-6"));
    }

    @Test
    void namesTheFaultyCatalogCodePart() {
        assertThat(TaskCode.check("11440000006939756B244210104c002"))
                .isEqualTo(CodeCheck.fail(BAD_CATALOG_CODE, 28, "BAD_CHARACTER:c"));
    }

    @Test
    void everyLevelDigitFromOneToSixIsAccepted() {
        for (char level = '1'; level <= '6'; level++) {
            assertThat(TaskCode.parse("11440100007482575H" + level + "440118009000").levelDigit())
                    .isEqualTo(level - '0');
        }
    }

    @Test
    void parseThrowsWithTheCheck() {
        assertThatThrownBy(() -> TaskCode.parse("11440100007482575H9440118009000"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CodeKind.TASK_CODE);
                    assertThat(e.check().problem()).isEqualTo(BAD_LEVEL_DIGIT);
                });
        assertThat(TaskCode.isValid("11440100007482575H9440118009000")).isFalse();
    }
}
