package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;

/**
 * SM-0314 (INFO): a material issued by a government department (来源渠道 政府部门核发) is a candidate for
 * certificate-free handling (免证办): the office can fetch it through data sharing or an electronic licence instead
 * of asking the applicant. Advice, not a fault.
 */
final class CertificateFreeRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0314", Severity.INFO,
            Stage.RULE, "0.1.0", "免证办 (GLOSSARY); domain-reference §1.6 (SOURCE_TYPE 20 政府部门核发)",
            RecordKind.IMPLEMENTATION_ITEM);

    CertificateFreeRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        List<Material> materials = item.materials() == null ? List.of() : item.materials();
        CodeTable sources = Tables.selected(context, CodeTables.MATERIAL_SOURCE);
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            if (material != null && sources.hasTag(material.sourceType(), Tags.GOVERNMENT)) {
                report(context, "/materials/" + i + "/sourceType", "name", material.materialName(),
                        "number", i + 1);
            }
        }
    }
}
