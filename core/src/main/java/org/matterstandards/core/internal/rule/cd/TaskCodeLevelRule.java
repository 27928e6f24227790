package org.matterstandards.core.internal.rule.cd;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;

/**
 * CD-0302: the level digit of the task code (position 19 in the default structure; see {@code codes.taskCode.structure}) is the level (行使层级) at which this body exercises the matter, so it is one
 * of the record's 行使层级 ({@code useLevel}).
 *
 * @param <T> the model type
 */
final class TaskCodeLevelRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0302", Severity.ERROR, Stage.RULE,
            "0.1.0", CodeConsistencyRules.TASK_CODE_SOURCE + ", rule 3",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.POWER_ITEM);

    TaskCodeLevelRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
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
