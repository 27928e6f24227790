package org.matterstandards.core.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonesTest {

    @ParameterizedTest
    @CsvSource({
        "0754-88466312, WITH_AREA_CODE, 0754",
        "075488466312, WITH_AREA_CODE, 0754",
        "(0754)88466312, WITH_AREA_CODE, 0754",
        "0754-12345, WITH_AREA_CODE, 0754",
        "020-83133333, WITH_AREA_CODE, 020",
        "010-65123456, WITH_AREA_CODE, 010",
        "0754-88466312-801, WITH_AREA_CODE, 0754",
        "0754-88466312转801, WITH_AREA_CODE, 0754",
        "12345, SERVICE, ",
        "95598, SERVICE, ",
        "13902712345, MOBILE, ",
        "400-820-8820, NATIONWIDE, ",
        "88466312, LOCAL, "})
    void readsTheNumbersDataStaffWrite(String text, Telephones.Kind kind, String areaCode) {
        assertThat(Telephones.parse(text)).hasValueSatisfying(number -> {
            assertThat(number.kind()).isEqualTo(kind);
            assertThat(number.areaCode()).isEqualTo(areaCode);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0754-884663", "0754-088466312", "咨询电话", "1390271234", "07-88466312", "0754--88466312",
        "123456789012345"})
    void rejectsWhatCannotBeCalled(String text) {
        assertThat(Telephones.parse(text)).isEmpty();
    }

    @Test
    void splitsAFieldIntoItsNumbersButKeepsOneNumberWhole() {
        assertThat(Telephones.split("0754-88466312、12345；13902712345")).containsExactly(
                "0754-88466312", "12345", "13902712345");
        assertThat(Telephones.split(" 0754-88466312 ")).containsExactly("0754-88466312");
        assertThat(Telephones.split("  ")).isEmpty();
        assertThat(Telephones.split(null)).isEmpty();
    }

    @Test
    void comparesNumbersByTheirDigits() {
        assertThat(Telephones.digits("0754-12345")).isEqualTo(Telephones.digits("(0754)12345"));
    }
}
