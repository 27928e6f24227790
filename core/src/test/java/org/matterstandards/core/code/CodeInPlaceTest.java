package org.matterstandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parts of a longer code are checked in place, without cutting them out: each in-place check gives exactly what
 * the part's own check gives on the part cut out, on valid codes, single-character mutants and random texts.
 */
class CodeInPlaceTest {

    private static final String VALID_TASK_CODE = "11440100007482575H3440118009000";
    private static final String CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZaz-Ｏ０ 中";

    @Test
    void inPlaceChecksAgreeWithChecksOfThePartCutOut() {
        Random random = new Random(20261204);
        for (int round = 0; round < 200_000; round++) {
            String text = round % 2 == 0 ? mutant(random) : randomText(random);
            int from = random.nextInt(text.length() - UnifiedSocialCreditCode.LENGTH + 1);
            String credit = text.substring(from, from + UnifiedSocialCreditCode.LENGTH);
            assertThat(UnifiedSocialCreditCode.checkAt(text, from)).as(text + " at " + from)
                    .isEqualTo(UnifiedSocialCreditCode.check(credit));
            assertThat(OrganizationCode.checkAt(text, from)).as(text + " at " + from)
                    .isEqualTo(OrganizationCode.check(text.substring(from, from + OrganizationCode.LENGTH)));
            assertThat(CatalogCode.checkAt(text, from, CatalogCode.LENGTH)).as(text + " at " + from)
                    .isEqualTo(CatalogCode.check(text.substring(from, from + CatalogCode.LENGTH)));
        }
    }

    /** A valid task code (from a few) with up to two characters replaced, so that checks fail late as well as early. */
    private static String mutant(Random random) {
        char[] code = (VALID_TASK_CODE + "00000000").toCharArray();
        for (int i = random.nextInt(3); i > 0; i--) {
            code[random.nextInt(code.length)] = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
        }
        return new String(code);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 18 + random.nextInt(20); i > 0; i--) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
