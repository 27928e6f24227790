package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matterstandards.core.code.CodeProblem.BAD_CHARACTER;
import static org.matterstandards.core.code.CodeProblem.EMPTY;
import static org.matterstandards.core.code.CodeProblem.WRONG_LENGTH;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogCodeTest {

    @ParameterizedTest
    @CsvSource({
        "000104002000, 00, 01, 04002, 000, true,  false",
        "452004020000, 45, 20, 04020, 000, true,  false",
        "440118009000, 44, 01, 18009, 000, true,  false",
        "44210104C002, 44, 21, 0104C, 002, false, false",
        "00016421300Y, 00, 01, 64213, 00Y, true,  true",
        "44212401W000, 44, 21, 2401W, 000, true,  false"})
    void realCodesParseIntoSegments(String code, String owner, String type, String main, String sub,
            boolean mainItem, boolean subItems) {
        assertThat(CatalogCode.check(code)).isEqualTo(CodeCheck.ok());
        CatalogCode parsed = CatalogCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.ownerSegment()).isEqualTo(owner);
        assertThat(parsed.typeSegment()).isEqualTo(type);
        assertThat(parsed.mainSegment()).isEqualTo(main);
        assertThat(parsed.subSegment()).isEqualTo(sub);
        assertThat(parsed.isMainItem()).isEqualTo(mainItem);
        assertThat(parsed.hasSubItems()).isEqualTo(subItems);
    }

    @Test
    void reportsEveryFailureReason() {
        assertThat(CatalogCode.check(null)).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(CatalogCode.check("")).isEqualTo(CodeCheck.fail(EMPTY, 0, null));
        assertThat(CatalogCode.check("00010400200")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "12"));
        assertThat(CatalogCode.check("0001040020000")).isEqualTo(CodeCheck.fail(WRONG_LENGTH, 0, "12"));
        assertThat(CatalogCode.check("44210104c002")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 9, "c"));
        assertThat(CatalogCode.check("4421-104C002")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 5, "-"));
        // Full-width digits look like digits but are not ASCII.
        assertThat(CatalogCode.check("００0104002000")).isEqualTo(CodeCheck.fail(BAD_CHARACTER, 1, "０"));
        assertThat(CatalogCode.isValid("44210104c002")).isFalse();
        assertThatThrownBy(() -> CatalogCode.parse("4421"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.kind()).isEqualTo(CodeKind.CATALOG_CODE));
    }

    @Test
    void segmentsComparedInPlaceAgreeWithTheCutOutOnes() {
        CatalogCode code = CatalogCode.parse("440118009000");
        for (String text : new String[] {"44", "440101", "4", "", "45", "00", "01", "011", "18"}) {
            assertThat(code.ownerSegmentStarts(text)).as(text).isEqualTo(text.startsWith(code.ownerSegment()));
            assertThat(code.typeSegmentIs(text)).as(text).isEqualTo(code.typeSegment().equals(text));
        }
    }

    @Test
    void valueSemantics() {
        assertThat(CatalogCode.parse("440118009000")).isEqualTo(CatalogCode.parse("440118009000"))
                .hasToString("440118009000").hasSameHashCodeAs("440118009000".hashCode())
                .isNotEqualTo(CatalogCode.parse("440118009001"));
    }
}
