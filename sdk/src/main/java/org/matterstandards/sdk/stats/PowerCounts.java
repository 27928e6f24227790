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

    /** @return main items of every category, including unknown codes */
    public long totalMain() {
        return sum(main) + sum(unknownMain);
    }

    /** @return sub-items of every category, including unknown codes */
    public long totalSub() {
        return sum(sub) + sum(unknownSub);
    }

    /** @return main items of on-application categories (依申请类主项), the seed's headline figure */
    public long onApplicationMain() {
        return main.entrySet().stream().filter(entry -> onApplication.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** @return {@code true} when no power-list entry was counted */
    public boolean isEmpty() {
        return totalMain() == 0 && totalSub() == 0;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
