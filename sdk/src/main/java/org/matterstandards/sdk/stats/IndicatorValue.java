package org.matterstandards.sdk.stats;

import java.util.Objects;

/**
 * The value of one {@link Indicator} for one group of items (指标值): a numerator over a denominator, kept as counts
 * so that a reader can check the arithmetic and groups can be compared.
 *
 * @param indicator   the indicator
 * @param numerator   items meeting the condition, or for {@link Indicator#TIME_LIMIT_COMPRESSION} the days saved
 * @param denominator the items counted, or the sum of statutory days
 * @param base        the number of items the value was computed over (equals the denominator for shares of items)
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator, long base) {

    /** Validates the components. */
    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        if (denominator < 0 || base < 0) {
            throw new IllegalArgumentException("negative denominator or base");
        }
    }

    /** @return {@code true} when there is something to divide by */
    public boolean defined() {
        return denominator > 0;
    }

    /**
     * The value as a fraction.
     *
     * @return numerator / denominator, or {@link Double#NaN} when the denominator is 0
     */
    public double value() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
