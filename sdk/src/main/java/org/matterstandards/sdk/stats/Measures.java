package org.matterstandards.sdk.stats;

import java.util.List;
import java.util.Objects;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;

/**
 * The conditions behind each {@link Indicator} (指标口径), applied to one implementation item. Kept in one place so
 * that the code and {@code docs/indicators.md} can be read side by side.
 *
 * <p>Coded conditions name no code: like the rules (SM-0301, SM-0311, SM-0314), they test the tags of the code tables
 * the profile selects — 网办深度级别 {@code fullyOnline}, 网上办理深度 {@code accept} and {@code handle}, 办件类型
 * {@code immediate}, 通办范围 {@code crossRegion}, 来源渠道 {@code government} — so that a profile whose variant uses
 * other codes is counted by its own codes. Codes are trimmed first, as everywhere in the statistics. Immutable.
 */
final class Measures {

    /**
     * Statutory limits at or above this are "no limit" placeholders some systems store (500 seen in real data), not
     * real periods; a limit of a year is about 253 working days, well below it.
     */
    static final int NO_LIMIT_PLACEHOLDER = 500;

    private final CodeTable onlineLevels;
    private final CodeTable onlineCapabilities;
    private final CodeTable projectTypes;
    private final CodeTable handleAreas;
    private final CodeTable materialSources;

    /**
     * The measures under a profile: the tables it selects are resolved once, here.
     *
     * @param profile selects the code tables ({@code codeTable.<table>})
     * @param data    holds the tables
     * @throws org.matterstandards.core.MatterException ({@code codeTable.unknown}) when the profile selects a table
     *                                                  variant that the reference data does not have
     */
    Measures(Profile profile, ReferenceData data) {
        Objects.requireNonNull(profile, "profile");
        CodeTables tables = data.codeTables();
        this.onlineLevels = tables.table(CodeTables.ONLINE_LEVEL, profile);
        this.onlineCapabilities = tables.table(CodeTables.ONLINE_CAPABILITY, profile);
        this.projectTypes = tables.table(CodeTables.PROJECT_TYPE, profile);
        this.handleAreas = tables.table(CodeTables.HANDLE_AREA, profile);
        this.materialSources = tables.table(CodeTables.MATERIAL_SOURCE, profile);
    }

    /**
     * What an item adds to each group it counts in (一条事项的计数), measured once for all of them: the groups of an
     * item (the whole list, its department, its district) count the same item alike.
     *
     * @param met        the share indicators it meets, one bit per {@link Indicator#ordinal()}
     * @param comparable whether its time limits enter the compression ({@link #hasComparableTimeLimits})
     * @param handleArea its 通办范围, trimmed, {@code ""} when absent
     */
    record Measured(int met, boolean comparable, String handleArea) {

        /** @return whether it meets the indicator */
        boolean meets(Indicator indicator) {
            return (met & (1 << indicator.ordinal())) != 0;
        }
    }

    /**
     * Measures an item once for every group it counts in.
     *
     * @param item the item
     * @return what it adds to a group's counts
     */
    Measured measure(ImplementationItem item) {
        int met = 0;
        for (Indicator indicator : Indicator.values()) {
            if (!indicator.isDaySumRatio() && meets(indicator, item)) {
                met |= 1 << indicator.ordinal();
            }
        }
        return new Measured(met, hasComparableTimeLimits(item),
                item.handleArea() == null ? "" : item.handleArea().trim());
    }

    /**
     * Whether an item meets the condition of a share indicator.
     *
     * @param indicator any indicator but {@link Indicator#TIME_LIMIT_COMPRESSION}
     * @param item      the item
     * @return {@code true} when the item counts in the numerator
     */
    boolean meets(Indicator indicator, ImplementationItem item) {
        return switch (indicator) {
            case ONLINE_AVAILABLE -> item.isOnline() != null
                    ? item.isOnline()
                    : hasText(item.onlineHandleUrl()) || hasText(item.linkAddr());
            // The level decides when given; only without one do the capabilities (both 受理 and 办理) stand in.
            case FULLY_ONLINE -> hasText(item.onlineHandleLevel())
                    ? onlineLevels.hasTag(trim(item.onlineHandleLevel()), Tags.FULLY_ONLINE)
                    : anyHasTag(onlineCapabilities, item.onlineHandleDepth(), Tags.ACCEPT)
                            && anyHasTag(onlineCapabilities, item.onlineHandleDepth(), Tags.HANDLE);
            case AT_MOST_ONE_VISIT -> item.limitSceneNum() != null && item.limitSceneNum() <= 1;
            case ZERO_VISIT -> item.limitSceneNum() != null && item.limitSceneNum() == 0;
            case IMMEDIATE -> projectTypes.hasTag(trim(item.projectType()), Tags.IMMEDIATE);
            case INSTANT_APPROVAL -> Boolean.TRUE.equals(item.isIntelliApproval());
            case ENTRY_CENTER -> Boolean.TRUE.equals(item.isEntryCenter());
            case ONE_WINDOW -> Boolean.TRUE.equals(item.isOneWindow());
            case CROSS_REGION -> handleAreas.hasTag(trim(item.handleArea()), Tags.CROSS_REGION);
            case CERTIFICATE_FREE_CANDIDATE -> anyFromGovernment(item.materials());
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

    /** Whether any material comes from the government (来源渠道 {@code government}); absent materials do not. */
    private boolean anyFromGovernment(List<Material> materials) {
        if (materials != null) {
            for (Material material : materials) {
                if (material != null && materialSources.hasTag(trim(material.sourceType()), Tags.GOVERNMENT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any code of a list carries a tag; model lists are {@code null} when the element is absent. */
    private static boolean anyHasTag(CodeTable table, List<String> codes, String tag) {
        if (codes != null) {
            for (String code : codes) {
                if (table.hasTag(trim(code), tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
