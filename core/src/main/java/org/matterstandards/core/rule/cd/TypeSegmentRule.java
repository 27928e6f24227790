package org.matterstandards.core.rule.cd;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.SharedElementRule;
import org.matterstandards.core.rule.support.SharedElements;
import org.matterstandards.core.rule.support.Values;

/**
 * CD-0304: positions 3–4 of the catalog code (基本编码) are the item's 事项类型. Both come from the same catalogue row;
 * a difference means one of them was changed by hand.
 *
 * @param <T> the model type
 */
final class TypeSegmentRule<T extends MatterRecord> extends SharedElementRule<T> {

    TypeSegmentRule(Class<T> recordType) {
        super(recordType, CodeConsistencyRules.TYPE_SEGMENT_RULE);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (Values.isBlank(elements.taskType())) {
            return;
        }
        elements.parsedCatalogCode().ifPresent(code -> {
            if (!code.typeSegment().equals(elements.taskType())) {
                report(context, "/catalogCode", "catalogCode", code.value(), "segment", code.typeSegment(),
                        "taskType", elements.taskType());
            }
        });
    }
}
