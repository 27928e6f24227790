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

    /** Up to this many materials, each is compared with those before it instead of put in a map. */
    private static final int SCAN_LIMIT = 16;

    MaterialNameRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<Material> materials = item.materials() == null ? List.of() : item.materials();
        // A few materials are compared with the ones before them; a map only for a long list (sized: no rehash).
        Map<String, Integer> firstByName = materials.size() > SCAN_LIMIT ? new HashMap<>(2 * materials.size()) : null;
        for (int i = 0; i < materials.size(); i++) {
            String name = name(materials.get(i));
            if (name == null) {
                continue;
            }
            Integer first = firstByName != null ? firstByName.putIfAbsent(name, i + 1)
                    : firstBefore(materials, i, name);
            if (first != null) {
                report(context, "/materials/" + i + "/materialName", "name", name, "number", i + 1,
                        "first", first);
            }
        }
    }

    /** The trimmed name of a material, {@code null} when it has none. */
    private static String name(Material material) {
        return material == null || Values.isBlank(material.materialName()) ? null : material.materialName().strip();
    }

    /** The number (1-based) of the first material before {@code index} named {@code name}, {@code null} if none. */
    private static Integer firstBefore(List<Material> materials, int index, String name) {
        for (int j = 0; j < index; j++) {
            if (name.equals(name(materials.get(j)))) {
                return j + 1;
            }
        }
        return null;
    }
}
