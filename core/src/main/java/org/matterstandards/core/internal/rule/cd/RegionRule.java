package org.matterstandards.core.internal.rule.cd;

import java.util.Optional;
import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Regions;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;
import org.matterstandards.core.internal.rule.Values;

/**
 * CD-0202: 行政区划代码, 乡镇街道代码 and 村居社区代码 lie inside the profile's region: a Shantou district system does
 * not upload another city's items. Catalogue items may also come from above the region (a Shantou body claims items
 * of the Guangdong provincial catalogue), so for them the region may equally lie inside the item's division. Profiles
 * without a region ({@code national}) skip the check.
 *
 * @param <T> the model type
 */
final class RegionRule<T extends MatterRecord> extends SharedElementRule<T> {

    private final boolean mayComeFromAbove;

    /**
     * @param recordType       the model type
     * @param mayComeFromAbove whether a division that contains the region is acceptable too (catalogue items)
     */
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("CD-0202", Severity.ERROR, Stage.RULE,
            "0.1.0", "GB/T 2260; profile region (docs/profiles.md); domain-reference §6.3",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM, RecordKind.POWER_ITEM);

    RegionRule(Class<T> recordType, boolean mayComeFromAbove) {
        super(recordType, DESCRIPTOR);
        this.mayComeFromAbove = mayComeFromAbove;
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        Optional<String> region = context.profile().regionCode();
        if (region.isPresent()) {
            check("areaCode", elements.areaCode(), region.get(), context);
            check("townCode", elements.townCode(), region.get(), context);
            check("villageCode", elements.villageCode(), region.get(), context);
        }
    }

    private void check(String name, String code, String region, RuleContext context) {
        DivisionTable table = context.referenceData().divisions();
        if (Values.isBlank(code) || Regions.isWithin(table, code, region)
                || (mayComeFromAbove && Regions.isWithin(table, region, code))) {
            return;
        }
        report(context, "/" + name, "label", name, "value", code, "region", region,
                "profile", context.profile().name());
    }
}
