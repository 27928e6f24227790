package org.matterstandards.core.internal.rule.cd;

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
import org.matterstandards.core.internal.rule.Values;

/**
 * CD-0301: the credit-code segment of the task code (实施编码; positions 1–18 in the default structure, else where
 * the profile's {@code codes.taskCode.structure} puts it) is the implementing body's unified social credit code, so they
 * equal 实施主体编码 ({@code deptCode}). A mismatch means the item was copied from another body without a new code.
 *
 * @param <T> the model type
 */
final class TaskCodeBodyRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0301", Severity.ERROR, Stage.RULE,
            "0.1.0", CodeConsistencyRules.TASK_CODE_SOURCE + ", rule 2",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.POWER_ITEM);

    TaskCodeBodyRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (Values.isBlank(elements.deptCode())) {
            return;
        }
        Optional<TaskCodeStructure.Parts> parts = elements.taskCodeParts(context.profile());
        if (parts.isPresent()) {
            String body = parts.get().creditCode();
            if (!body.equals(elements.deptCode())) {
                report(context, "/taskCode", "taskCode", elements.taskCode(), "segment", body,
                        "deptCode", elements.deptCode());
            }
        }
    }
}
