package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CATALOG_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_CREDIT_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_DATE;
import static org.matterstandards.core.code.CodeProblem.BAD_LEVEL_DIGIT;
import static org.matterstandards.core.code.CodeProblem.BAD_SUFFIX;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

    private static final String TASK = "12441500196720244T3442199806003";
    private static final String REAL = "12441500196720244T3442199806003202206230068";

    @Test
    void realNumberParsesIntoParts() {
        assertThat(CaseNumber.check(REAL)).isEqualTo(CodeCheck.ok());
        CaseNumber parsed = CaseNumber.parse(REAL);
        assertThat(parsed.value()).isEqualTo(REAL);
        assertThat(parsed.taskCode()).isEqualTo(TaskCode.parse(TASK));
        assertThat(parsed.date()).isEqualTo(LocalDate.of(2022, 6, 23));
        assertThat(parsed.serial()).isEqualTo(68);
        assertThat(parsed).hasToString(REAL).isEqualTo(CaseNumber.parse(REAL)).hasSameHashCodeAs(REAL.hashCode());
    }

    @Test
    void acceptsLeapDayAndSerialBounds() {
        assertThat(CaseNumber.parse(TASK + "20240229" + "9999").serial()).isEqualTo(9999);
        assertThat(CaseNumber.parse(TASK + "20240229" + "0000").date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void reportsEmptyLengthAndTaskCodeParts() {
        assertThat(CaseNumber.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(CaseNumber.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(CaseNumber.check(TASK + "20220623068")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "43"));
        assertThat(CaseNumber.check("12441500196720244U3442199806003202206230068"))
                .isEqualTo(CodeCheck.fail(BAD_CREDIT_CODE, 18, "BAD_CHECK_CHARACTER:T"));
        assertThat(CaseNumber.check("12441500196720244T9442199806003202206230068"))
                .isEqualTo(CodeCheck.fail(BAD_LEVEL_DIGIT, 19, "1-6"));
        assertThat(CaseNumber.check("12441500196720244T3442199806oo3202206230068"))
                .isEqualTo(CodeCheck.fail(BAD_CATALOG_CODE, 29, "BAD_CHARACTER:o"));
    }

    @Test
    void dateMustBeARealCalendarDay() {
        assertThat(CaseNumber.check(TASK + "20220230" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 32, "20220230"));
        assertThat(CaseNumber.check(TASK + "20230229" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 32, "20230229"));
        assertThat(CaseNumber.check(TASK + "20221301" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 32, "20221301"));
        assertThat(CaseNumber.check(TASK + "20220600" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 32, "20220600"));
        assertThat(CaseNumber.check(TASK + "2022-6-1" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 36, "yyyyMMdd"));
        assertThat(CaseNumber.check(TASK + "+0220623" + "0068")).isEqualTo(CodeCheck.fail(BAD_DATE, 32, "yyyyMMdd"));
    }

    @Test
    void serialMustBeDigits() {
        assertThat(CaseNumber.check(TASK + "20220623" + "006A")).isEqualTo(CodeCheck.fail(BAD_SUFFIX, 43, "A"));
        assertThat(CaseNumber.check(TASK + "20220623" + "-068")).isEqualTo(CodeCheck.fail(BAD_SUFFIX, 40, "-"));
        assertThatThrownBy(() -> CaseNumber.parse(TASK + "20220623" + "-068"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.kind()).isEqualTo(CodeKind.CASE_NUMBER));
        assertThat(CaseNumber.isValid(TASK + "20220623" + "-068")).isFalse();
    }
}
