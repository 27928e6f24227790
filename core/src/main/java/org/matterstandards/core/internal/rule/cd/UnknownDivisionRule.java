package org.matterstandards.core.internal.rule.cd;

import org.matterstandards.core.code.DivisionTable;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;

/**
 * CD-0203: a 行政区划代码 of a province that only the profile's own division table covers
 * ({@code reference.divisions}) must be in that table. Provinces of the built-in table are checked earlier, by the
 * code format (CD-0107), which cannot see a profile; this rule closes that gap for other provinces.
 *
 * @param <T> the model type
 */
final class UnknownDivisionRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0203", Severity.ERROR, Stage.RULE,
            "0.1.0", "GB/T 2260; the profile's own division table (reference.divisions, docs/profiles.md)",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM, RecordKind.POWER_ITEM);

    UnknownDivisionRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        String code = elements.areaCode();
        DivisionTable table = context.referenceData().divisions();
        if (code == null || code.length() != 6 || DivisionTable.builtIn().coversProvince(code)
                || !table.coversProvince(code) || table.isCityLevelPseudoCode(code) || table.contains(code)) {
            return;
        }
        report(context, "/areaCode", "label", "areaCode", "value", code, "profile", context.profile().name(),
                "table", table.version());
    }
}
