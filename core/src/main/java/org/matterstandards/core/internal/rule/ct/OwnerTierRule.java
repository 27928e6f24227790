package org.matterstandards.core.internal.rule.ct;

import java.util.List;
import java.util.OptionalInt;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.ElementValue;
import org.matterstandards.core.internal.rule.Regions;

/**
 * CT-0302: a catalogue owned at one tier (the tier of its 行政区划代码: 省级 or 市级 基本目录) lists its items for that
 * tier and the tiers below, never above: a city catalogue item exercised at 省级 (行使层级 2) belongs in the
 * provincial catalogue.
 */
final class OwnerTierRule extends AbstractRecordRule<CatalogItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("CT-0302", Severity.WARNING,
            Stage.RULE, "0.1.0", "粤政数〔2023〕7号 art. 3 (省级 and 市级 基本目录); domain-reference §11.1, §11.6 (inferred)",
            RecordKind.CATALOG_ITEM);

    OwnerTierRule() {
        super(CatalogItem.class, DESCRIPTOR);
    }

    @Override
    public void check(CatalogItem item, RuleContext context) {
        OptionalInt tier = Regions.tier(context.referenceData().divisions(), item.areaCode());
        if (tier.isEmpty()) {
            return;
        }
        List<ElementValue> levels = ElementValue.each("useLevel", item.useLevel());
        for (ElementValue level : levels) {
            if (level.value().length() == 1 && Character.isDigit(level.value().charAt(0))
                    && Integer.parseInt(level.value()) < tier.getAsInt()) {
                report(context, level.pointer(), "level", level.value(), "areaCode", item.areaCode(),
                        "tier", tier.getAsInt());
            }
        }
    }
}
