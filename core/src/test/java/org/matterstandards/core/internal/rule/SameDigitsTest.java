package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Telephones#sameDigits} answers what comparing the {@link Telephones#digits} strings answers. */
class SameDigitsTest {

    private static final String CHARACTERS = "0123456789-() +转０中";

    @Test
    void agreesWithComparingTheDigitStrings() {
        assertThat(Telephones.sameDigits("0754-12345", "(0754)12345")).isTrue();
        assertThat(Telephones.sameDigits("无", null)).isTrue();
        assertThat(Telephones.sameDigits("0754-12345", "0754-123456")).isFalse();
        Random random = new Random(20261204);
        for (int round = 0; round < 200_000; round++) {
            String a = text(random);
            String b = round % 3 == 0 ? a.replace("-", "") : text(random);
            assertThat(Telephones.sameDigits(a, b)).as(a + " / " + b)
                    .isEqualTo(Telephones.digits(a).equals(Telephones.digits(b)));
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(CHARACTERS.charAt(random.nextInt(random.nextBoolean() ? 3 : CHARACTERS.length())));
        }
        return text.toString();
    }
}
