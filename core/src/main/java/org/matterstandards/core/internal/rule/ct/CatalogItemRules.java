package org.matterstandards.core.internal.rule.ct;

import static org.matterstandards.core.model.RecordKind.CATALOG_ITEM;

import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.RecordRuleSet;
import org.matterstandards.core.internal.rule.CodedValueRule;
import org.matterstandards.core.internal.rule.ExOfficioKindRule;
import org.matterstandards.core.internal.rule.OwnerSegmentRule;
import org.matterstandards.core.internal.rule.PlanDatesRule;

/**
 * Rules for basic-catalogue items (基本目录事项, domain {@code CT}): the elements a catalogue owner fixes for everyone
 * who implements the matter — 事项名称, 事项类型, 基本编码, 设定依据, 行使层级 (粤政数〔2023〕7号 art. 3).
 *
 * <p>This class only lists the rules, so it reads as the domain's index: a rule class of this package declares its own
 * descriptor next to its check. The one exception is a shared, parameterised class of {@code core.internal.rule}: one
 * class serves many codes, so its descriptor is written here, where it is instantiated, once.
 */
public final class CatalogItemRules extends RecordRuleSet {

    private static final String CODE_TABLES = "domain-reference §1.6, code table ";

    private static final List<RecordRule<?>> RULES = List.of(
            new ExOfficioKindRule<>(CatalogItem.class, RuleDescriptor.adjustable("CT-0101", Severity.ERROR, Stage.RULE,
                    "0.1.0", "粤政数〔2023〕7号 art. 3 (the catalogue lists 政务服务事项, all on application); "
                    + "domain-reference §3.2", CATALOG_ITEM)),
            CodedValueRule.shared(CatalogItem.class, RuleDescriptor.locked("CT-0201", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "事项类型 (Set A/B)", CATALOG_ITEM), CodeTables.TASK_TYPE),
            CodedValueRule.shared(CatalogItem.class, RuleDescriptor.locked("CT-0202", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "行使层级", CATALOG_ITEM), CodeTables.USE_LEVEL),
            CodedValueRule.shared(CatalogItem.class, RuleDescriptor.adjustable("CT-0203", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "事项状态", CATALOG_ITEM), CodeTables.TASK_STATE),
            CodedValueRule.shared(CatalogItem.class, RuleDescriptor.adjustable("CT-0204", Severity.ERROR, Stage.RULE,
                    "0.1.0", "code table lawLevel (设定依据效力层级); domain-reference §11.6", CATALOG_ITEM),
                    CodeTables.LAW_LEVEL),
            new OwnerSegmentRule<>(CatalogItem.class, RuleDescriptor.adjustable("CT-0301", Severity.WARNING, Stage.RULE,
                    "0.1.0", "domain-reference §1.2 (基本编码 positions 1-2: 00 national, 44 Guangdong …, reconstructed)",
                    CATALOG_ITEM)),
            new OwnerTierRule(),
            new PlanDatesRule<>(CatalogItem.class, RuleDescriptor.locked("CT-0303", Severity.ERROR, Stage.RULE, "0.1.0",
                    "domain-reference §1.5.1 (PLAN_EFFECTIVE_DATE, PLAN_CANCEL_DATE)", CATALOG_ITEM)));

    /** Creates the set; its rules are stateless and shared. */
    public CatalogItemRules() {
        super("ct", RULES);
    }
}
