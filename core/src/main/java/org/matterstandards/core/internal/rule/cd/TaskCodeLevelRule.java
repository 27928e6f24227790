package org.matterstandards.core.internal.rule.cd;

import java.util.List;
import java.util.Optional;
import org.matterstandards.core.code.TaskCodeStructure;
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
        Optional<TaskCodeStructure.Parts> parts = elements.taskCodeParts(context.profile());
        if (parts.isPresent() && !listsDigit(elements.useLevel(), parts.get().levelDigit())) {
            report(context, "/taskCode", "taskCode", elements.taskCode(), "level",
                    String.valueOf(parts.get().levelDigit()), "useLevel", elements.useLevel());
        }
    }

    /** {@code levels.contains(String.valueOf(digit))} for a digit 0–9, without the string. */
    private static boolean listsDigit(List<String> levels, int digit) {
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            if (level.length() == 1 && level.charAt(0) == '0' + digit) {
                return true;
            }
        }
        return false;
    }
}
