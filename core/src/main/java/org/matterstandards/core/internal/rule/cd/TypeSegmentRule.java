package org.matterstandards.core.internal.rule.cd;

import java.util.Optional;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.code.CatalogCode;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;
import org.matterstandards.core.internal.rule.Values;

/**
 * CD-0304: positions 3–4 of the catalog code (基本编码) are the item's 事项类型. Both come from the same catalogue row;
 * a difference means one of them was changed by hand.
 *
 * <p>That the segment is there is a fact of the Guangdong and Guangxi codes seen (domain-reference §1.2), not of every
 * province: the profile setting {@value #SETTING} says where it is — {@code 3-4} (the default, set by the national
 * profile) or {@code none} for a province whose 基本编码 carries no type segment. The rule stays locked: a profile
 * says what its codes look like, it cannot silence a mismatch.
 *
 * @param <T> the model type
 */
final class TypeSegmentRule<T extends MatterRecord> extends SharedElementRule<T> {

    /** Profile setting: where the 事项类型 segment of a 基本编码 is, {@code 3-4} or {@code none}. */
    static final String SETTING = "codes.catalogCode.typeSegment";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0304", Severity.ERROR, Stage.RULE,
            "0.1.0", "domain-reference §1.2 (基本编码 positions 3-4 equal TASK_TYPE in every sample)",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM, RecordKind.POWER_ITEM);

    TypeSegmentRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (Values.isBlank(elements.taskType()) || !hasTypeSegment(context.profile())) {
            return;
        }
        Optional<CatalogCode> parsed = elements.parsedCatalogCode();
        String taskType = elements.taskType();
        if (parsed.isPresent() && !parsed.get().typeSegmentIs(taskType)) {
            CatalogCode code = parsed.get();
            report(context, "/catalogCode", "catalogCode", code.value(), "segment", code.typeSegment(),
                    "taskType", taskType);
        }
    }

    private static boolean hasTypeSegment(Profile profile) {
        String value = profile.setting(SETTING).orElse("3-4").strip();
        return switch (value) {
            case "3-4" -> true;
            case "none" -> false;
            default -> throw new MatterException("codes.badTypeSegment",
                    Args.of("profile", profile.name(), "key", SETTING, "value", value));
        };
    }
}
