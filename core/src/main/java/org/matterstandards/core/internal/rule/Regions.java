package org.matterstandards.core.internal.rule;

import java.util.OptionalInt;
import org.matterstandards.core.code.DivisionCode;
import org.matterstandards.core.code.DivisionTable;

/**
 * Where a division code lies (区划归属) and at which tier (行使层级) its bodies work, with the division table when it
 * covers the province and by the code's shape otherwise (a profile for another province works without its table).
 */
public final class Regions {

    private static final int CODE_LENGTH = DivisionCode.LENGTH;
    // The three answers of tier(), made once: rules ask per record.
    private static final OptionalInt PROVINCE = OptionalInt.of(2);
    private static final OptionalInt CITY = OptionalInt.of(3);
    private static final OptionalInt COUNTY = OptionalInt.of(4);

    private Regions() {
    }

    /**
     * Whether a code lies within a region: the region itself or below it. Town and village codes (9 or 12 digits)
     * are judged by their first six digits, the county they belong to.
     *
     * @param table  the division table
     * @param code   a division, town or village code
     * @param region the region's division code
     * @return {@code true} when the code is inside the region
     */
    public static boolean isWithin(DivisionTable table, String code, String region) {
        String county = code.length() > CODE_LENGTH ? code.substring(0, CODE_LENGTH) : code;
        if (table.coversProvince(region) && (table.contains(county) || table.isCityLevelPseudoCode(county))) {
            return table.isWithin(county, region);
        }
        return county.startsWith(significantPrefix(region));
    }

    /**
     * The tier (行使层级) of the bodies of a division: 2 for a province, 3 for a prefecture-level city (and its
     * 市本级 pseudo-code), 4 for a county-level division.
     *
     * @param table the division table
     * @param code  a six-digit division code
     * @return the tier, or empty when the code is not six digits
     */
    public static OptionalInt tier(DivisionTable table, String code) {
        if (code == null || !isSixDigits(code)) {
            return OptionalInt.empty();
        }
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        if (code.endsWith("00") || table.isCityLevelPseudoCode(code)) {
            return CITY;
        }
        return COUNTY;
    }

    /** What {@code \d{6}} matches, without a matcher per record. */
    private static boolean isSixDigits(String code) {
        if (code.length() != CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** 440000 → 44, 440500 → 4405, 440507 → 440507. */
    private static String significantPrefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
