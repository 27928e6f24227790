package org.matterstandards.core.internal.rule.sm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Values;

/**
 * SM-0313: each material name (材料名称) occurs once in an item: two materials of the same name leave the applicant
 * guessing which is meant. Names are compared after trimming. One finding per repeated material.
 */
final class MaterialNameRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0313", Severity.ERROR,
            Stage.RULE, "0.1.0", "行政许可法 art. 30 (published material list); domain-reference §1.5.4 (MATERIAL_NAME)",
            RecordKind.IMPLEMENTATION_ITEM);

    MaterialNameRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<Material> materials = item.materials() == null ? List.of() : item.materials();
        Map<String, Integer> firstByName = new HashMap<>(2 * materials.size());     // sized: no rehash
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            if (material == null || Values.isBlank(material.materialName())) {
                continue;
            }
            String name = material.materialName().strip();
            Integer first = firstByName.putIfAbsent(name, i + 1);
            if (first != null) {
                report(context, "/materials/" + i + "/materialName", "name", name, "number", i + 1,
                        "first", first);
            }
        }
    }
}
