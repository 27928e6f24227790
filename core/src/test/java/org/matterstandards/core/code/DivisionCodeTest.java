package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.PSEUDO_DIVISION_NOT_ALLOWED;
import static org.matterstandards.core.code.CodeProblem.UNKNOWN_DIVISION;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    private static final DivisionTable TABLE = DivisionTable.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"440000", "440500", "440507", "440511", "440512", "440513", "440514", "440515", "440523",
        "440100", "440300", "441500", "441900", "442000"})
    void knownGuangdongCodesAreVerified(String code) {
        assertThat(DivisionCode.check(code)).isEqualTo(CodeCheck.ok());
        DivisionCode parsed = DivisionCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.isVerified()).isTrue();
        assertThat(parsed.isCityLevelPseudoCode()).isFalse();
    }

    @Test
    void accessorsGiveProvinceAndPrefecture() {
        DivisionCode longhu = DivisionCode.parse("440507");
        assertThat(longhu.provinceCode()).isEqualTo("440000");
        assertThat(longhu.prefectureCode()).isEqualTo("440500");
        assertThat(longhu).hasToString("440507").isEqualTo(DivisionCode.parse("440507"))
                .hasSameHashCodeAs("440507".hashCode()).isNotEqualTo(DivisionCode.parse("440511"));
        assertThat(DivisionCode.parse("440000").prefectureCode()).isEqualTo("440000");
    }

    @Test
    void unknownCodeOfACoveredProvinceIsRejected() {
        assertThat(DivisionCode.check("449999")).isEqualTo(CodeCheck.fail(UNKNOWN_DIVISION, 0, null));
        assertThat(DivisionCode.check("440501")).isEqualTo(CodeCheck.fail(UNKNOWN_DIVISION, 0, null));
        assertThat(DivisionCode.isValid("449999")).isFalse();
        assertThatThrownBy(() -> DivisionCode.parse("449999"))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CodeKind.DIVISION_CODE);
                    assertThat(e.check().problem()).isEqualTo(UNKNOWN_DIVISION);
                });
    }

    @Test
    void codeOfAnUncoveredProvinceIsAcceptedOnShapeButNotVerified() {
        assertThat(DivisionCode.check("110105")).isEqualTo(CodeCheck.ok());
        DivisionCode chaoyang = DivisionCode.parse("110105");
        assertThat(chaoyang.isVerified()).isFalse();
        assertThat(chaoyang.provinceCode()).isEqualTo("110000");

        DivisionTable withBeijing = DivisionTable.merge(TABLE,
                DivisionTableTest.table(DivisionTableTest.BEIJING, "beijing.tsv"));
        assertThat(DivisionCode.parse("110105", withBeijing, false).isVerified()).isTrue();
        assertThat(DivisionCode.check("110106", withBeijing, false)).isEqualTo(CodeCheck.fail(UNKNOWN_DIVISION, 0, null));
    }

    @Test
    void cityLevelPseudoCodeIsRejectedByDefaultAndAcceptedWhenAskedFor() {
        assertThat(DivisionCode.check("440599")).isEqualTo(CodeCheck.fail(PSEUDO_DIVISION_NOT_ALLOWED, 5, "440500"));
        assertThat(DivisionCode.isValid("440599")).isFalse();
        assertThat(DivisionCode.check("440599", TABLE, false))
                .isEqualTo(CodeCheck.fail(PSEUDO_DIVISION_NOT_ALLOWED, 5, "440500"));
        assertThatThrownBy(() -> DivisionCode.parse("440599"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.check().problem()).isEqualTo(PSEUDO_DIVISION_NOT_ALLOWED));

        assertThat(DivisionCode.check("440599", TABLE, true)).isEqualTo(CodeCheck.ok());
        assertThat(DivisionCode.isValid("440599", TABLE, true)).isTrue();
        DivisionCode shantouCityLevel = DivisionCode.parse("440599", TABLE, true);
        assertThat(shantouCityLevel.isCityLevelPseudoCode()).isTrue();
        assertThat(shantouCityLevel.isVerified()).isTrue();
        assertThat(shantouCityLevel.prefectureCode()).isEqualTo("440500");
        assertThat(shantouCityLevel.provinceCode()).isEqualTo("440000");
        // Accepting pseudo-codes does not make up prefectures.
        assertThat(DivisionCode.check("449999", TABLE, true)).isEqualTo(CodeCheck.fail(UNKNOWN_DIVISION, 0, null));
    }

    @Test
    void reportsShapeProblems() {
        assertThat(DivisionCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(DivisionCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(DivisionCode.check("44050")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "6"));
        assertThat(DivisionCode.check("4405070")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "6"));
        assertThat(DivisionCode.check("4405O7")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 5, "O"));
        assertThat(DivisionCode.check("４40507")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 1, "４"));
        assertThat(DivisionCode.check("11010x")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 6, "x"));
    }
}
