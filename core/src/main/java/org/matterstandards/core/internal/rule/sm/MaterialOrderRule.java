package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * SM-0312: materials are listed in the order of their order numbers (排序号), each number used once, so that the guide
 * shows them in the intended order. Gaps are fine. One finding, at the first material out of order.
 */
final class MaterialOrderRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0312", Severity.WARNING,
            Stage.RULE, "0.1.0", "domain-reference §1.5.4 (ORDER_NUM)", RecordKind.IMPLEMENTATION_ITEM);

    MaterialOrderRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<Material> materials = item.materials() == null ? List.of() : item.materials();
        Integer previous = null;
        for (int i = 0; i < materials.size(); i++) {
            Integer order = materials.get(i) == null ? null : materials.get(i).orderNum();
            if (order == null) {
                continue;
            }
            if (previous != null && order <= previous) {
                report(context, "/materials/" + i + "/orderNum", "number", i + 1, "orderNum", order,
                        "previous", previous);
                return;
            }
            previous = order;
        }
    }
}
