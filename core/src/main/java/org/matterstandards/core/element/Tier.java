package org.matterstandards.core.element;

import java.util.Locale;
import java.util.Optional;
import org.matterstandards.core.code.TaskCode;
import org.matterstandards.core.i18n.Messages;

/**
 * The administrative tier (层级, from 行使层级 {@code USE_LEVEL}) that owns an element or implements an item:
 * 1 national … 6 village. The digit is the one inside a task code (实施编码 position 19).
 *
 * <p>Some systems use 6 or 7 for 分级管理 (domain-reference §1.6); this library follows the national table, where 6 is
 * 村（社区）级.
 */
public enum Tier {
    /** 国家级. */
    NATIONAL(1),
    /** 省级. */
    PROVINCIAL(2),
    /** 市级. */
    MUNICIPAL(3),
    /** 县级 (county, district, county-level city). */
    COUNTY(4),
    /** 镇（乡、街道）级. */
    TOWNSHIP(5),
    /** 村（社区）级. */
    VILLAGE(6);

    private final int digit;

    Tier(int digit) {
        this.digit = digit;
    }

    /** @return the 行使层级 digit, 1 (national) to 6 (village) */
    public int digit() {
        return digit;
    }

    /**
     * The tier of a 行使层级 digit.
     *
     * @param digit 1 to 6
     * @return the tier
     * @throws IllegalArgumentException for another number
     */
    public static Tier ofDigit(int digit) {
        for (Tier tier : values()) {
            if (tier.digit == digit) {
                return tier;
            }
        }
        throw new IllegalArgumentException("行使层级 must be 1-6: " + digit);
    }

    /**
     * The tier of a 行使层级 code as written in records ({@code "3"}).
     *
     * @param code the code, may be {@code null}
     * @return the tier, or empty when the code is not one digit 1–6
     */
    public static Optional<Tier> ofCode(String code) {
        if (code == null || code.strip().length() != 1) {
            return Optional.empty();
        }
        char c = code.strip().charAt(0);
        return c >= '1' && c <= '6' ? Optional.of(ofDigit(c - '0')) : Optional.empty();
    }

    /**
     * The tier of the body that implements an item, read from its task code's level digit.
     *
     * @param taskCode a 31-character 实施编码, may be {@code null}
     * @return the tier, or empty when the task code is not valid
     */
    public static Optional<Tier> ofTaskCode(String taskCode) {
        return TaskCode.isValid(taskCode) ? Optional.of(ofDigit(TaskCode.parse(taskCode).levelDigit()))
                : Optional.empty();
    }

    /**
     * Whether this tier is higher than another (国家级 is the highest).
     *
     * @param other the other tier
     * @return {@code true} when this tier's digit is smaller
     */
    public boolean isAbove(Tier other) {
        return digit < other.digit;
    }

    /**
     * The tier's name (市级, municipal …).
     *
     * @param locale zh-CN or en
     * @return the name
     */
    public String label(Locale locale) {
        return Messages.of(locale).get("el.tier." + digit);
    }
}
