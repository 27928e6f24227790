package org.matterstandards.sdk.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Power-list entries counted by category (权责清单分类统计), main items (主项) and sub-items (子项) apart, as the
 * seed report counts them. Immutable.
 *
 * @param main        main items by category, every category present
 * @param sub         sub-items by category, every category present
 * @param unknownMain main items whose 事项类型 code is missing or not in the profile's table, by code ("" = missing)
 * @param unknownSub  sub-items with such a code
 * @param mainAssumed entries counted as main items because their catalog code is missing or malformed
 * @param onApplication the categories the profile's 事项类型 table tags {@code application} (依申请), see
 *                    {@link PowerCategory#onApplication}
 */
public record PowerCounts(
        Map<PowerCategory, Long> main,
        Map<PowerCategory, Long> sub,
        Map<String, Long> unknownMain,
        Map<String, Long> unknownSub,
        long mainAssumed,
        Set<PowerCategory> onApplication) {

    /** Copies the maps, filling absent categories with 0. */
    public PowerCounts {
        main = complete(main);
        sub = complete(sub);
        unknownMain = Collections.unmodifiableMap(new TreeMap<>(unknownMain));
        unknownSub = Collections.unmodifiableMap(new TreeMap<>(unknownSub));
        onApplication = onApplication.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(onApplication));
    }

    private static Map<PowerCategory, Long> complete(Map<PowerCategory, Long> counts) {
        Map<PowerCategory, Long> all = new EnumMap<>(PowerCategory.class);
        for (PowerCategory category : PowerCategory.values()) {
            all.put(category, counts.getOrDefault(category, 0L));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * @return main items of the power list (权责事项): every power category and unknown codes, not 公共服务, which is
     *         no administrative power ({@link #publicServiceMain()})
     */
    public long totalMain() {
        return sum(main) - main.get(PowerCategory.PUBLIC_SERVICE) + sum(unknownMain);
    }

    /** @return sub-items of the power list, like {@link #totalMain()} without 公共服务 */
    public long totalSub() {
        return sum(sub) - sub.get(PowerCategory.PUBLIC_SERVICE) + sum(unknownSub);
    }

    /** @return main items of public services (公共服务事项), outside every power total */
    public long publicServiceMain() {
        return main.get(PowerCategory.PUBLIC_SERVICE);
    }

    /** @return sub-items of public services */
    public long publicServiceSub() {
        return sub.get(PowerCategory.PUBLIC_SERVICE);
    }

    /**
     * @return main items of on-application power categories (依申请类权责事项主项), the seed's headline figure; 公共服务
     *         is on application but no power and is not in it
     */
    public long onApplicationMain() {
        return main.entrySet().stream()
                .filter(entry -> inHeadline(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * Whether a category is counted in the headline {@link #onApplicationMain()}: an on-application power.
     *
     * @param category a category
     * @return {@code true} when it is a power and in {@link #onApplication()}
     */
    public boolean inHeadline(PowerCategory category) {
        return category.isPower() && onApplication.contains(category);
    }

    /** @return {@code true} when no entry was counted, power or public service */
    public boolean isEmpty() {
        return totalMain() == 0 && totalSub() == 0 && publicServiceMain() == 0 && publicServiceSub() == 0;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
