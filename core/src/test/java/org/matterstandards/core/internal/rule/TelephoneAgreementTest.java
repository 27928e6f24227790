package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The telephone scanner reads every number as the regular expressions it replaced did (kind and area code): on the
 * forms data staff write, on every one-character mutant of them, and on random strings of the characters that
 * matter.
 */
class TelephoneAgreementTest {

    private static final String AREA = "010|02\\d|0[3-9]\\d{2}";
    private static final String EXTENSION = "(?:(?:-|转|ext\\.?)\\d{1,6})?";
    private static final Pattern WITH_AREA = Pattern.compile(
            "(?:\\((" + AREA + ")\\)|(" + AREA + ")-?)(?:[2-9]\\d{6,7}|1\\d{4}|9\\d{4})" + EXTENSION);
    private static final Pattern LOCAL = Pattern.compile("[2-8]\\d{6,7}" + EXTENSION);
    private static final Pattern SERVICE = Pattern.compile("1\\d{4}|9\\d{4}");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+86-?)?1[3-9]\\d{9}");
    private static final Pattern NATIONWIDE = Pattern.compile("[48]00-?\\d{3}-?\\d{4}");

    private static final List<String> BASES = List.of("0754-88466312", "075488466312", "(0754)88466312",
            "0754-12345", "0754-95598", "020-83133333", "010-65123456", "0754-88466312-801", "0754-88466312转801",
            "0754-8846631ext.12", "0754-8846631ext3", "12345", "95598", "13902712345", "+86-13902712345",
            "+8613902712345", "400-820-8820", "4008208820", "800-8208820", "88466312", "8846631-12", "2846631转123456",
            "(010)1234567", "(02)12345678", "0754-088466312", "1390271234", "07-88466312", "0754--88466312",
            "123456789012345", "");

    @Test
    void agreesWithTheRegularExpressionsOnMutantsOfRealNumbers() {
        List<String> numbers = new ArrayList<>(BASES);
        String inserted = "0123456789-()+转ext. 中";
        for (String base : BASES) {
            for (int i = 0; i <= base.length(); i++) {
                for (char c : inserted.toCharArray()) {
                    numbers.add(base.substring(0, i) + c + base.substring(i));
                    if (i < base.length()) {
                        numbers.add(base.substring(0, i) + c + base.substring(i + 1));
                    }
                }
                if (i < base.length()) {
                    numbers.add(base.substring(0, i) + base.substring(i + 1));
                    numbers.add(base.substring(0, i));
                }
            }
        }
        Random random = new Random(20261204);
        String alphabet = "0123456789012345678901234567890123456789--()+转ext.";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder number = new StringBuilder();
            for (int length = random.nextInt(18); length > 0; length--) {
                number.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            numbers.add(number.toString());
        }
        int wellFormed = 0;
        for (String number : numbers) {
            Optional<Telephones.Number> reference = reference(number);
            assertThat(Telephones.parse(number)).as(number).isEqualTo(reference);
            wellFormed += reference.isPresent() ? 1 : 0;
        }
        // Both answers occur often (the corpus is not all rejections).
        assertThat(wellFormed).isGreaterThan(numbers.size() / 50);
    }

    /** What the regular expressions make of a number, tried in the order the scanner tries the forms. */
    private static Optional<Telephones.Number> reference(String text) {
        Matcher withArea = WITH_AREA.matcher(text);
        if (withArea.matches()) {
            String area = withArea.group(1) != null ? withArea.group(1) : withArea.group(2);
            return Optional.of(new Telephones.Number(text, Telephones.Kind.WITH_AREA_CODE, area));
        }
        if (SERVICE.matcher(text).matches()) {
            return Optional.of(new Telephones.Number(text, Telephones.Kind.SERVICE, null));
        }
        if (MOBILE.matcher(text).matches()) {
            return Optional.of(new Telephones.Number(text, Telephones.Kind.MOBILE, null));
        }
        if (NATIONWIDE.matcher(text).matches()) {
            return Optional.of(new Telephones.Number(text, Telephones.Kind.NATIONWIDE, null));
        }
        if (LOCAL.matcher(text).matches()) {
            return Optional.of(new Telephones.Number(text, Telephones.Kind.LOCAL, null));
        }
        return Optional.empty();
    }
}
