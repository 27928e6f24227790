package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CATALOG_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_CREDIT_CODE;
import static org.matterstandards.core.code.CodeProblem.BAD_LEVEL_DIGIT;
import static org.matterstandards.core.code.CodeProblem.BAD_SUFFIX;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandleItemCodeTest {

    @ParameterizedTest
    @CsvSource({
        "114403006939513773344201505200801, 1144030069395137733442015052008, 01",
        "114403006939513773344201505200802, 1144030069395137733442015052008, 02",
        "11440100696931785D344011400800314, 11440100696931785D3440114008003, 14"})
    void realCodesParseIntoParts(String code, String task, String suffix) {
        assertThat(HandleItemCode.check(code)).isEqualTo(CodeCheck.ok());
        HandleItemCode parsed = HandleItemCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.taskCode()).isEqualTo(TaskCode.parse(task));
        assertThat(parsed.suffix()).isEqualTo(suffix);
        assertThat(parsed).hasToString(code).isEqualTo(HandleItemCode.parse(code)).hasSameHashCodeAs(code.hashCode());
    }

    @Test
    void reportsEveryFailureReason() {
        assertThat(HandleItemCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(HandleItemCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(HandleItemCode.check("1144030069395137733442015052008")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "33"));
        assertThat(HandleItemCode.check("114403006939513772344201505200801"))
                .isEqualTo(CodeCheck.fail(BAD_CREDIT_CODE, 18, "BAD_CHECK_CHARACTER:3"));
        assertThat(HandleItemCode.check("114403006939513773844201505200801"))
                .isEqualTo(CodeCheck.fail(BAD_LEVEL_DIGIT, 19, "1-6"));
        assertThat(HandleItemCode.check("1144030069395137733442015052_0801"))
                .isEqualTo(CodeCheck.fail(BAD_CATALOG_CODE, 29, "BAD_CHARACTER:_"));
        assertThat(HandleItemCode.check("11440300693951377334420150520080A"))
                .isEqualTo(CodeCheck.fail(BAD_SUFFIX, 33, "A"));
        assertThat(HandleItemCode.check("1144030069395137733442015052008 1"))
                .isEqualTo(CodeCheck.fail(BAD_SUFFIX, 32, " "));
        assertThatThrownBy(() -> HandleItemCode.parse("11440300693951377334420150520080A"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.kind()).isEqualTo(CodeKind.HANDLE_ITEM_CODE));
        assertThat(HandleItemCode.isValid("11440300693951377334420150520080A")).isFalse();
    }
}
