package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeCheckTest {

    @Test
    void okIsOneValueWithoutPositionOrDetail() {
        assertThat(CodeCheck.ok().isOk()).isTrue();
        assertThat(CodeCheck.ok()).isSameAs(CodeCheck.ok()).isEqualTo(new CodeCheck(null, 0, null));
        assertThat(CodeCheck.ok().problem()).isNull();
    }

    @Test
    void failCarriesProblemPositionAndDetail() {
        CodeCheck check = CodeCheck.fail(CodeProblem.BAD_CHECK_CHARACTER, 18, "U");
        assertThat(check.isOk()).isFalse();
        assertThat(check.problem()).isEqualTo(CodeProblem.BAD_CHECK_CHARACTER);
        assertThat(check.position()).isEqualTo(18);
        assertThat(check.detail()).isEqualTo("U");
    }

    @Test
    void rejectsInconsistentComponents() {
        assertThatThrownBy(() -> CodeCheck.fail(null, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CodeCheck.fail(CodeProblem.EMPTY, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeCheck(null, 3, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeCheck(null, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemAndKindKeysFollowTheBundleNaming() {
        assertThat(CodeProblem.BAD_DATE.messageKey()).isEqualTo("code.problem.BAD_DATE");
        assertThat(CodeKind.USCC.messageKey()).isEqualTo("code.kind.uscc");
        assertThat(CodeKind.HANDLE_ITEM_CODE.messageKey()).isEqualTo("code.kind.handleItemCode");
    }

    @Test
    void exceptionKeepsInputCheckAndKind() {
        InvalidCodeException e = new InvalidCodeException(CodeKind.USCC, "11440300007542785T",
                CodeCheck.fail(CodeProblem.BAD_CHECK_CHARACTER, 18, "U"));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.input()).isEqualTo("11440300007542785T");
        assertThat(e.kind()).isEqualTo(CodeKind.USCC);
        assertThat(e.check().detail()).isEqualTo("U");
        assertThat(e.getMessage()).isEqualTo("Invalid unified social credit code \"11440300007542785T\": "
                + "BAD_CHECK_CHARACTER at position 18 (U)");
    }

    @Test
    void exceptionMessageHandlesNullAndCutsLongInput() {
        InvalidCodeException empty = new InvalidCodeException(CodeKind.TASK_CODE, null,
                CodeCheck.fail(CodeProblem.EMPTY, 0, null));
        assertThat(empty.getMessage()).isEqualTo("Invalid task code (null): EMPTY");

        String longInput = "A".repeat(500);
        InvalidCodeException tooLong = new InvalidCodeException(CodeKind.CATALOG_CODE, longInput,
                CodeCheck.fail(CodeProblem.WRONG_LENGTH, 0, "12"));
        assertThat(tooLong.getMessage()).hasSizeLessThan(120).contains("WRONG_LENGTH (12)");
        assertThat(tooLong.input()).isEqualTo(longInput);
    }

    @Test
    void exceptionNeedsAFailedCheck() {
        assertThatThrownBy(() -> new InvalidCodeException(CodeKind.USCC, "x", CodeCheck.ok()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidCodeException.class);
    }
}
