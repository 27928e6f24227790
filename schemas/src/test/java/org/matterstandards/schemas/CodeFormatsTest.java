package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.code.OrganizationCode;
import org.matterstandards.core.code.UnifiedSocialCreditCode;

/** Code patterns never reject a code that core accepts (编码形状不比校验更严). */
class CodeFormatsTest {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest
    @EnumSource(CodeKind.class)
    void formatNamesRoundTrip(CodeKind kind) {
        assertThat(CodeFormats.kindOf(CodeFormats.formatName(kind))).contains(kind);
    }

    @Test
    void patternsAcceptEveryValidCode() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 2000; i++) {
            String uscc = uscc(random);
            String task = uscc + (1 + random.nextInt(6)) + pick(random, ORG_ALPHABET, 12);
            String handleItem = task + pick(random, "0123456789", 2);
            String caseNumber = task + "20240229" + pick(random, "0123456789", 4);
            assertValidAndMatching(CodeKind.USCC, uscc);
            assertValidAndMatching(CodeKind.ORGANIZATION_CODE, uscc.substring(8, 17));
            assertValidAndMatching(CodeKind.CATALOG_CODE, task.substring(19));
            assertValidAndMatching(CodeKind.TASK_CODE, task);
            assertValidAndMatching(CodeKind.HANDLE_ITEM_CODE, handleItem);
            assertValidAndMatching(CodeKind.CASE_NUMBER, caseNumber);
        }
        DivisionTable.builtIn().divisions().forEach(division -> assertValidAndMatching(CodeKind.DIVISION_CODE,
                division.code()));
    }

    @Test
    void randomTextThatFailsThePatternFailsTheCheck() {
        Random random = new Random(7L);
        for (CodeKind kind : CodeKind.values()) {
            Pattern pattern = Pattern.compile(CodeFormats.pattern(kind));
            for (int i = 0; i < 5000; i++) {
                String text = pick(random, ORG_ALPHABET + "abc -", 1 + random.nextInt(45));
                if (!pattern.matcher(text).matches()) {
                    assertThat(kind.check(text).isOk()).as("%s %s", kind, text).isFalse();
                }
            }
        }
    }

    @Test
    void blankCountsAsAbsentInCodePatternsAndNotBlankRejectsIdeographicSpace() {
        Pattern catalog = Pattern.compile(CodeFormats.pattern(CodeKind.CATALOG_CODE));
        assertThat(catalog.matcher("").matches()).isTrue();
        assertThat(catalog.matcher(" \u3000\t").matches()).isTrue();
        assertThat(catalog.matcher("44011800900").matches()).isFalse();
        Pattern notBlank = Pattern.compile(BlankText.NOT_BLANK_PATTERN);
        assertThat(notBlank.matcher("\u3000 \n").find()).isFalse();
        assertThat(notBlank.matcher("\u3000无").find()).isTrue();
        // The no-break space is not whitespace for String.isBlank(), so it is not blank here either.
        assertThat("\u00A0".isBlank()).isFalse();
        assertThat(notBlank.matcher("\u00A0").find()).isTrue();
    }

    private static void assertValidAndMatching(CodeKind kind, String code) {
        assertThat(kind.check(code).isOk()).as("%s %s valid", kind, code).isTrue();
        assertThat(Pattern.compile(CodeFormats.pattern(kind)).matcher(code).matches())
                .as("%s pattern accepts %s", kind, code).isTrue();
    }

    private static String uscc(Random random) {
        String body = pick(random, USCC_ALPHABET, 8);
        String organization = body + OrganizationCode.checkCharacter(body);
        String first17 = pick(random, USCC_ALPHABET, 2) + pick(random, "0123456789", 6) + organization;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static String pick(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
