package org.matterstandards.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Division code (行政区划代码, GB/T 2260): six digits, e.g. {@code 440507} 龙湖区.
 *
 * <p>A code is checked against a {@link DivisionTable}. When the table has the code's province, the code must be one
 * of its rows; otherwise only the shape (six digits) can be checked, and {@link #isVerified()} says which happened.
 * The one-argument methods use {@link DivisionTable#builtIn()} and reject Guangdong's city-level pseudo-codes
 * ({@code xxxx99}, 市本级), which are not GB/T 2260 codes; a Guangdong profile that needs them passes
 * {@code acceptCityLevelPseudoCodes = true}.
 */
public final class DivisionCode extends CodeValue {

    /** Length of a division code (代码长度). */
    public static final int LENGTH = 6;

    private final boolean verified;
    private final boolean cityLevelPseudoCode;

    private DivisionCode(String value, boolean verified, boolean cityLevelPseudoCode) {
        super(value);
        this.verified = verified;
        this.cityLevelPseudoCode = cityLevelPseudoCode;
    }

    /**
     * Checks a code against the built-in table, rejecting pseudo-codes (校验行政区划代码).
     *
     * @param text the candidate, may be null
     * @return as {@link #check(String, DivisionTable, boolean)} with the built-in table and {@code false}
     */
    public static CodeCheck check(String text) {
        return check(text, DivisionTable.builtIn(), false);
    }

    /**
     * Checks a code against a table (按指定区划表校验).
     *
     * @param text                       the candidate, may be null
     * @param table                      the table, not null
     * @param acceptCityLevelPseudoCodes whether {@code xxxx99} codes of the table's prefectures are accepted
     * @return OK, or EMPTY, WRONG_LENGTH, BAD_CHARACTER, UNKNOWN_DIVISION (the table covers the province but not the
     *         code), or PSEUDO_DIVISION_NOT_ALLOWED (detail = the prefecture code)
     */
    public static CodeCheck check(String text, DivisionTable table, boolean acceptCityLevelPseudoCodes) {
        CodeCheck result = CodeText.checkLength(text, LENGTH);
        if (result.isOk()) {
            result = CodeText.checkCharacters(text, 0, LENGTH, Alphabet.DIGIT, CodeProblem.BAD_CHARACTER);
        }
        if (!result.isOk() || table.contains(text)) {
            return result;
        }
        if (table.isCityLevelPseudoCode(text)) {
            return acceptCityLevelPseudoCodes ? CodeCheck.ok()
                    : CodeCheck.fail(CodeProblem.PSEUDO_DIVISION_NOT_ALLOWED, 5, prefectureCodeOf(text));
        }
        return table.coversProvince(text) ? CodeCheck.fail(CodeProblem.UNKNOWN_DIVISION, 0, null) : CodeCheck.ok();
    }

    /**
     * Tells whether a code passes {@link #check(String)} (是否有效).
     *
     * @param text the candidate, may be null
     * @return true when OK
     */
    public static boolean isValid(String text) {
        return check(text).isOk();
    }

    /**
     * Tells whether a code passes {@link #check(String, DivisionTable, boolean)} (是否有效).
     *
     * @param text                       the candidate, may be null
     * @param table                      the table, not null
     * @param acceptCityLevelPseudoCodes whether {@code xxxx99} codes are accepted
     * @return true when OK
     */
    public static boolean isValid(String text, DivisionTable table, boolean acceptCityLevelPseudoCodes) {
        return check(text, table, acceptCityLevelPseudoCodes).isOk();
    }

    /**
     * Parses a code against the built-in table, rejecting pseudo-codes (解析行政区划代码).
     *
     * @param text the code
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DivisionCode parse(String text) {
        return parse(text, DivisionTable.builtIn(), false);
    }

    /**
     * Parses a code against a table (按指定区划表解析).
     *
     * @param text                       the code
     * @param table                      the table, not null
     * @param acceptCityLevelPseudoCodes whether {@code xxxx99} codes of the table's prefectures are accepted
     * @return the value object
     * @throws InvalidCodeException if the text fails {@link #check(String, DivisionTable, boolean)}
     */
    public static DivisionCode parse(String text, DivisionTable table, boolean acceptCityLevelPseudoCodes) {
        CodeText.requireOk(CodeKind.DIVISION_CODE, text, check(text, table, acceptCityLevelPseudoCodes));
        boolean pseudo = table.isCityLevelPseudoCode(text);
        return new DivisionCode(text, pseudo || table.lookup(text).isPresent(), pseudo);
    }

    /** Six ASCII digits; shared with {@link Division} and {@link DivisionTable}. */
    static boolean hasShape(String text) {
        return text != null && text.length() == LENGTH
                && CodeText.firstRejected(text, 0, LENGTH, Alphabet.DIGIT) == 0;
    }

    static String provinceCodeOf(String code) {
        return code.substring(0, 2) + "0000";
    }

    static String prefectureCodeOf(String code) {
        return code.substring(0, 4) + "00";
    }

    /**
     * Tells whether the code was found in the table (是否已核实存在): false when the table did not cover the code's
     * province and only the shape was checked. A pseudo-code of a known prefecture counts as verified.
     *
     * @return true when existence was verified
     */
    public boolean isVerified() {
        return verified;
    }

    /**
     * Tells whether this is a city-level pseudo-code (市本级虚拟代码) such as {@code 440599}. Only possible when
     * pseudo-codes were accepted at parse time.
     *
     * @return true for a pseudo-code
     */
    public boolean isCityLevelPseudoCode() {
        return cityLevelPseudoCode;
    }

    /**
     * Returns the code of the province level (省级代码): the first two digits followed by {@code 0000}.
     *
     * @return e.g. {@code 440000}
     */
    public String provinceCode() {
        return provinceCodeOf(value());
    }

    /**
     * Returns the code of the prefecture level (地级代码): the first four digits followed by {@code 00}. This is
     * structural only; for a province-level code it is the province code itself.
     *
     * @return e.g. {@code 440500}
     */
    public String prefectureCode() {
        return prefectureCodeOf(value());
    }
}
