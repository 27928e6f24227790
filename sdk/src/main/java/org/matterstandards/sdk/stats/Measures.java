package org.matterstandards.sdk.stats;

import java.util.List;
import java.util.Set;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;

/**
 * The conditions behind each {@link Indicator} (指标口径), applied to one implementation item. Kept in one place so
 * that the code and {@code docs/indicators.md} can be read side by side.
 */
final class Measures {

    /** 网上办理深度 level Ⅳ, "全程网办（Ⅳ级）". */
    static final String FULLY_ONLINE_LEVEL = "4";
    /** 通办范围 codes counted as cross-region: 1 全国 (跨省通办), 2 全省 (省内通办). */
    static final Set<String> CROSS_REGION_AREAS = Set.of("1", "2");
    /** 来源渠道 20 政府部门核发: the applicant should not have to bring what government issued. */
    static final String ISSUED_BY_GOVERNMENT = "20";
    /**
     * Statutory limits at or above this are "no limit" placeholders some systems store (500 seen in real data), not
     * real periods; a limit of a year is about 253 working days, well below it.
     */
    static final int NO_LIMIT_PLACEHOLDER = 500;

    private Measures() {
    }

    /**
     * Whether an item meets the condition of a share indicator.
     *
     * @param indicator any indicator but {@link Indicator#TIME_LIMIT_COMPRESSION}
     * @param item      the item
     * @return {@code true} when the item counts in the numerator
     */
    static boolean meets(Indicator indicator, ImplementationItem item) {
        return switch (indicator) {
            case ONLINE_AVAILABLE -> item.isOnline() != null
                    ? item.isOnline()
                    : hasText(item.onlineHandleUrl()) || hasText(item.linkAddr());
            case FULLY_ONLINE -> hasText(item.onlineHandleLevel())
                    ? FULLY_ONLINE_LEVEL.equals(item.onlineHandleLevel().trim())
                    : contains(item.onlineHandleDepth(), "4") && contains(item.onlineHandleDepth(), "5");
            case AT_MOST_ONE_VISIT -> item.limitSceneNum() != null && item.limitSceneNum() <= 1;
            case ZERO_VISIT -> item.limitSceneNum() != null && item.limitSceneNum() == 0;
            case IMMEDIATE -> "1".equals(trim(item.projectType()));
            case INSTANT_APPROVAL -> Boolean.TRUE.equals(item.isIntelliApproval());
            case ENTRY_CENTER -> Boolean.TRUE.equals(item.isEntryCenter());
            case ONE_WINDOW -> Boolean.TRUE.equals(item.isOneWindow());
            case CROSS_REGION -> item.handleArea() != null && CROSS_REGION_AREAS.contains(item.handleArea().trim());
            case CERTIFICATE_FREE_CANDIDATE -> item.materials() != null && item.materials().stream()
                    .map(Material::sourceType)
                    .anyMatch(source -> ISSUED_BY_GOVERNMENT.equals(trim(source)));
            case TIME_LIMIT_COMPRESSION -> throw new IllegalArgumentException("not a share of items: " + indicator);
        };
    }

    /**
     * Whether an item enters the time-limit compression: a real statutory limit and a promised limit in the same
     * unit, so that the days can be added up without conversion.
     *
     * @param item the item
     * @return {@code true} when its days count
     */
    static boolean hasComparableTimeLimits(ImplementationItem item) {
        Integer statutory = item.anticipateDay();
        return statutory != null && statutory > 0 && statutory < NO_LIMIT_PLACEHOLDER
                && item.promiseDay() != null && item.promiseDay() >= 0
                && hasText(item.anticipateType()) && trim(item.anticipateType()).equals(trim(item.promiseType()));
    }

    /** Model lists are {@code null} when the element is absent. */
    private static boolean contains(List<String> values, String code) {
        return values != null && values.stream().anyMatch(value -> code.equals(trim(value)));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
