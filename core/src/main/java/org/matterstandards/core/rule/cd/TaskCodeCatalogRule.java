package org.matterstandards.core.rule.cd;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.SharedElementRule;
import org.matterstandards.core.rule.support.SharedElements;
import org.matterstandards.core.rule.support.Values;

/**
 * CD-0303: positions 20–31 of the task code are the catalog code (基本编码) of the item, or its local catalog code
 * (地方基本编码) for a locally catalogued item.
 *
 * @param <T> the model type
 */
final class TaskCodeCatalogRule<T extends MatterRecord> extends SharedElementRule<T> {

    TaskCodeCatalogRule(Class<T> recordType) {
        super(recordType, CodeConsistencyRules.TASK_CODE_CATALOG_RULE);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        if (Values.isBlank(elements.catalogCode())) {
            return;
        }
        elements.parsedTaskCode().ifPresent(code -> {
            String segment = code.catalogCode().value();
            if (!segment.equals(elements.catalogCode()) && !segment.equals(elements.localCatalogCode())) {
                report(context, "/taskCode", "taskCode", code.value(), "segment", segment,
                        "catalogCode", elements.catalogCode());
            }
        });
    }
}
