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
 * CD-0303: the catalog segment of the task code (positions 20–31 in the default structure; see
 * {@code codes.taskCode.structure}) is the catalog code (基本编码) of the item, or its local catalog code
 * (地方基本编码) for a locally catalogued item.
 *
 * @param <T> the model type
 */
final class TaskCodeCatalogRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0303", Severity.ERROR, Stage.RULE,
            "0.1.0", CodeConsistencyRules.TASK_CODE_SOURCE + ", rule 4",
            RecordKind.IMPLEMENTATION_ITEM, RecordKind.POWER_ITEM);

    TaskCodeCatalogRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (Values.isBlank(elements.catalogCode())) {
            return;
        }
        Optional<TaskCodeStructure.Parts> parts = elements.taskCodeParts(context.profile());
        if (parts.isPresent()) {
            String segment = parts.get().catalogCode();
            if (!segment.equals(elements.catalogCode()) && !segment.equals(elements.localCatalogCode())) {
                report(context, "/taskCode", "taskCode", elements.taskCode(), "segment", segment,
                        "catalogCode", elements.catalogCode());
            }
        }
    }
}
