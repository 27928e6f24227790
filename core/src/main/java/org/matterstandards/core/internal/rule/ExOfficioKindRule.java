package org.matterstandards.core.internal.rule;

import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * An ex-officio kind (依职权: 行政处罚, 行政强制, 行政征收, 行政检查 — the codes tagged {@code exOfficio} in the
 * profile's 事项类型 table) is a power-list entry, not a government-service matter (政务服务事项): it has no applicant,
 * no acceptance condition and no visits, so it belongs neither in an implementation-item upload nor in the service
 * catalogue. An unknown 事项类型 is left to the code-table rule.
 *
 * @param <T> the model type
 */
public final class ExOfficioKindRule<T extends MatterRecord> extends SharedElementRule<T> {

    /**
     * @param recordType the model type
     * @param descriptor the rule's descriptor (SM-0101 for implementation items, CT-0101 for catalogue items)
     */
    public ExOfficioKindRule(Class<T> recordType, RuleDescriptor descriptor) {
        super(recordType, descriptor);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        CodeTable table = Tables.selected(context, CodeTables.TASK_TYPE);
        if (table.hasTag(elements.taskType(), Tags.EX_OFFICIO)) {
            report(context, "/taskType", "value", elements.taskType(), "variant", table.variant(),
                    "exOfficio", table.codesTagged(Tags.EX_OFFICIO));
        }
    }
}
