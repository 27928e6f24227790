package org.matterstandards.sdk.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures of one group of records (分组统计结果): the whole input, one department (实施主体) or one district
 * (行政区划). Immutable.
 *
 * @param key                 the group key: {@code ""} for the whole input, the department name, or the division
 *                            code ({@code ""} when records carry none)
 * @param label               a readable name (the division's name), or {@code null} when none is known
 * @param implementationItems implementation items counted (实施清单事项)
 * @param serviceItems        those of an on-application category (依申请事项): the base of every share
 * @param indicators          every indicator's value
 * @param handleAreas         implementation items by 通办范围 code ({@code ""} = not given)
 * @param powers              power-list entries by category
 */
public record Figures(
        String key,
        String label,
        long implementationItems,
        long serviceItems,
        Map<Indicator, IndicatorValue> indicators,
        Map<String, Long> handleAreas,
        PowerCounts powers) {

    /** Copies the maps. */
    public Figures {
        Objects.requireNonNull(key, "key");
        indicators = Collections.unmodifiableMap(new EnumMap<>(indicators));
        handleAreas = Collections.unmodifiableMap(new TreeMap<>(handleAreas));
        Objects.requireNonNull(powers, "powers");
    }

    /**
     * One indicator's value.
     *
     * @param indicator the indicator
     * @return its value
     */
    public IndicatorValue value(Indicator indicator) {
        return indicators.get(indicator);
    }
}
