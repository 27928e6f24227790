package org.matterstandards.sdk.stats;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.code.CatalogCode;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.PowerItem;

/** Running counts of one group (计数器); turned into {@link Figures} at the end. Not thread-safe. */
final class Tally implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Not sent with a serialized part: a part is only merged, never added to (see {@link Statistics#merge}). */
    private final transient Set<PowerCategory> onApplication;
    private long implementationItems;
    private long serviceItems;
    private final long[] met = new long[Indicator.values().length];
    private long compressionItems;
    private long statutoryDays;
    private long promisedDays;
    private final Map<String, Long> handleAreas = new HashMap<>();
    private final Map<PowerCategory, Long> main = new EnumMap<>(PowerCategory.class);
    private final Map<PowerCategory, Long> sub = new EnumMap<>(PowerCategory.class);
    private final Map<String, Long> unknownMain = new HashMap<>();
    private final Map<String, Long> unknownSub = new HashMap<>();
    private long mainAssumed;

    Tally(Set<PowerCategory> onApplication) {
        this.onApplication = onApplication;
    }

    /**
     * Counts an implementation item.
     *
     * @param item     the item
     * @param measured what it adds to the shares, {@code null} when it is no service matter (a power not on
     *                 application, 依职权): it stays out of every share
     */
    void add(ImplementationItem item, Measures.Measured measured) {
        implementationItems++;
        if (measured == null) {
            return;
        }
        serviceItems++;
        for (Indicator indicator : Indicator.values()) {
            if (measured.meets(indicator)) {
                met[indicator.ordinal()]++;
            }
        }
        if (measured.comparable()) {
            compressionItems++;
            statutoryDays += item.anticipateDay();
            promisedDays += item.promiseDay();
        }
        handleAreas.merge(measured.handleArea(), 1L, Long::sum);
    }

    void add(PowerItem item, Optional<PowerCategory> category) {
        boolean isMain = true;
        if (item.catalogCode() != null && CatalogCode.isValid(item.catalogCode())) {
            isMain = CatalogCode.parse(item.catalogCode()).isMainItem();
        } else {
            mainAssumed++;
        }
        if (category.isPresent()) {
            (isMain ? main : sub).merge(category.get(), 1L, Long::sum);
        } else {
            String code = item.taskType() == null ? "" : item.taskType().trim();
            (isMain ? unknownMain : unknownSub).merge(code, 1L, Long::sum);
        }
    }

    /** Adds another group's counts (the same group counted elsewhere). */
    void merge(Tally other) {
        implementationItems += other.implementationItems;
        serviceItems += other.serviceItems;
        for (int i = 0; i < met.length; i++) {
            met[i] += other.met[i];
        }
        compressionItems += other.compressionItems;
        statutoryDays += other.statutoryDays;
        promisedDays += other.promisedDays;
        other.handleAreas.forEach((key, count) -> handleAreas.merge(key, count, Long::sum));
        other.main.forEach((key, count) -> main.merge(key, count, Long::sum));
        other.sub.forEach((key, count) -> sub.merge(key, count, Long::sum));
        other.unknownMain.forEach((key, count) -> unknownMain.merge(key, count, Long::sum));
        other.unknownSub.forEach((key, count) -> unknownSub.merge(key, count, Long::sum));
        mainAssumed += other.mainAssumed;
    }

    Figures figures(String key, String label) {
        Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator, indicator.isDaySumRatio()
                    ? new IndicatorValue(indicator, statutoryDays - promisedDays, statutoryDays, compressionItems)
                    : new IndicatorValue(indicator, met[indicator.ordinal()], serviceItems, serviceItems));
        }
        return new Figures(key, label, implementationItems, serviceItems, values, handleAreas,
                new PowerCounts(main, sub, unknownMain, unknownSub, mainAssumed, onApplication));
    }
}
