package org.matterstandards.core.rule.cd;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.SharedElementRule;
import org.matterstandards.core.rule.support.SharedElements;

/**
 * CD-0302: the level digit of the task code (position 19 in the default structure; see {@code codes.taskCode.structure}) is the level (行使层级) at which this body exercises the matter, so it is one
 * of the record's 行使层级 ({@code useLevel}).
 *
 * @param <T> the model type
 */
final class TaskCodeLevelRule<T extends MatterRecord> extends SharedElementRule<T> {

    TaskCodeLevelRule(Class<T> recordType) {
        super(recordType, CodeConsistencyRules.TASK_CODE_LEVEL_RULE);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (elements.useLevel().isEmpty()) {
            return;
        }
        elements.taskCodeParts(context.profile()).ifPresent(parts -> {
            String level = String.valueOf(parts.levelDigit());
            if (!elements.useLevel().contains(level)) {
                report(context, "/taskCode", "taskCode", elements.taskCode(), "level", level,
                        "useLevel", elements.useLevel());
            }
        });
    }
}
