package org.matterstandards.core.internal.rule.cd;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Regions;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;

/**
 * CD-0305: the task code's level digit fits the tier of the body's division (行政区划代码): 2 for a province, 3 for a
 * city (or its 市本级 code), 4 to 6 for a county (towns and villages carry their county's code). A warning only: a
 * body registered at one level may exercise a power of another (a Shenzhen city body with a 县级 code exists).
 *
 * @param <T> the model type
 */
final class LevelAreaRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("CD-0305", Severity.WARNING, Stage.RULE,
            "0.1.0", "domain-reference §1.3 (level digit = the body's own exercise level), §1.6 行使层级",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.POWER_ITEM);

    /** The level digits that fit each tier ({@link Regions#tier}: 2, 3 or 4), made once. */
    private static final Map<Integer, List<Integer>> EXPECTED = Map.of(
            2, List.of(2), 3, List.of(3), 4, List.of(4, 5, 6));

    LevelAreaRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        OptionalInt tier = Regions.tier(context.referenceData().divisions(), elements.areaCode());
        if (tier.isEmpty()) {
            return;
        }
        List<Integer> expected = EXPECTED.get(tier.getAsInt());
        Optional<TaskCodeStructure.Parts> parts = elements.taskCodeParts(context.profile());
        if (parts.isPresent() && !expected.contains(parts.get().levelDigit())) {
            report(context, "/taskCode", "taskCode", elements.taskCode(), "level", parts.get().levelDigit(),
                    "areaCode", elements.areaCode(), "expected", expected);
        }
    }
}
