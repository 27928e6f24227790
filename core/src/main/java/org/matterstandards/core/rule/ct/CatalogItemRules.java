package org.matterstandards.core.rule.ct;

import static org.matterstandards.core.model.RecordKind.CATALOG_ITEM;

import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.support.RecordRuleSet;
import org.matterstandards.core.rule.support.CodedValueRule;
import org.matterstandards.core.rule.support.ExOfficioKindRule;
import org.matterstandards.core.rule.support.OwnerSegmentRule;
import org.matterstandards.core.rule.support.PlanDatesRule;
import org.matterstandards.core.rule.support.RuleDescriptors;

/**
 * Rules for basic-catalogue items (基本目录事项, domain {@code CT}): the elements a catalogue owner fixes for everyone
 * who implements the matter — 事项名称, 事项类型, 基本编码, 设定依据, 行使层级 (粤政数〔2023〕7号 art. 3).
 */
public final class CatalogItemRules extends RecordRuleSet {

    private static final String CODE_TABLES = "domain-reference §1.6, code table ";

    static final RuleDescriptor EX_OFFICIO = RuleDescriptors.adjustable("CT-0101", Severity.ERROR,
            "粤政数〔2023〕7号 art. 3 (the catalogue lists 政务服务事项, all on application); domain-reference §3.2",
            CATALOG_ITEM);
    static final RuleDescriptor TASK_TYPE_CODE = RuleDescriptors.locked("CT-0201", Severity.ERROR,
            CODE_TABLES + "事项类型 (Set A/B)", CATALOG_ITEM);
    static final RuleDescriptor USE_LEVEL_CODE = RuleDescriptors.locked("CT-0202", Severity.ERROR,
            CODE_TABLES + "行使层级", CATALOG_ITEM);
    static final RuleDescriptor TASK_STATE_CODE = RuleDescriptors.adjustable("CT-0203", Severity.ERROR,
            CODE_TABLES + "事项状态", CATALOG_ITEM);
    static final RuleDescriptor LAW_LEVEL_CODE = RuleDescriptors.adjustable("CT-0204", Severity.ERROR,
            "code table lawLevel (设定依据效力层级); domain-reference §11.6", CATALOG_ITEM);
    static final RuleDescriptor OWNER_SEGMENT = RuleDescriptors.adjustable("CT-0301", Severity.WARNING,
            "domain-reference §1.2 (基本编码 positions 1-2: 00 national, 44 Guangdong …, reconstructed)", CATALOG_ITEM);
    static final RuleDescriptor OWNER_TIER = RuleDescriptors.adjustable("CT-0302", Severity.WARNING,
            "粤政数〔2023〕7号 art. 3 (省级 and 市级 基本目录); domain-reference §11.1, §11.6 (inferred)", CATALOG_ITEM);
    static final RuleDescriptor PLAN_DATES = RuleDescriptors.locked("CT-0303", Severity.ERROR,
            "domain-reference §1.5.1 (PLAN_EFFECTIVE_DATE, PLAN_CANCEL_DATE)", CATALOG_ITEM);

    private static final List<RecordRule<?>> RULES = List.of(
            new ExOfficioKindRule<>(CatalogItem.class, EX_OFFICIO),
            CodedValueRule.shared(CatalogItem.class, TASK_TYPE_CODE, CodeTables.TASK_TYPE),
            CodedValueRule.shared(CatalogItem.class, USE_LEVEL_CODE, CodeTables.USE_LEVEL),
            CodedValueRule.shared(CatalogItem.class, TASK_STATE_CODE, CodeTables.TASK_STATE),
            CodedValueRule.shared(CatalogItem.class, LAW_LEVEL_CODE, CodeTables.LAW_LEVEL),
            new OwnerSegmentRule<>(CatalogItem.class, OWNER_SEGMENT),
            new OwnerTierRule(),
            new PlanDatesRule<>(CatalogItem.class, PLAN_DATES));

    /** Creates the set; its rules are stateless and shared. */
    public CatalogItemRules() {
        super("ct", RULES);
    }
}
