package org.matterstandards.core.internal.rule.sm;

import static org.matterstandards.core.model.RecordKind.IMPLEMENTATION_ITEM;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.Material;
import org.matterstandards.core.model.ProcessStep;
import org.matterstandards.core.model.SpecialProcedure;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.RecordRuleSet;
import org.matterstandards.core.internal.rule.CodedValueRule;
import org.matterstandards.core.internal.rule.CodedValueRule.Element;
import org.matterstandards.core.internal.rule.ExOfficioKindRule;
import org.matterstandards.core.internal.rule.PlanDatesRule;

/**
 * Rules for implementation items (实施清单 / 办事指南, domain {@code SM}): what a provincial reviewer sends back.
 * 01xx elements a kind of item needs, 02xx coded values and formats, 03xx elements that must agree, 05xx time limits.
 * This class only lists the rules, so it reads as the domain's index: each rule class of this package declares its
 * own descriptor (code, severity, stage, since, source, lock) next to its check. The one exception is a shared,
 * parameterised class of {@code core.internal.rule} ({@link CodedValueRule}, {@link ExOfficioKindRule},
 * {@link PlanDatesRule}): one class serves many codes, so its descriptor is written here, where it is instantiated,
 * once.
 */
public final class ImplementationItemRules extends RecordRuleSet {

    /** Citation of the code-table rules. */
    private static final String CODE_TABLES = "domain-reference §1.6, code table ";
    /** Citation several rules of this package share (a compile-time constant, so no rule waits for this class). */
    static final String WENZHOU = "domain-reference §7 (real-world cross-field checks, Wenzhou audit script) ";

    private static final List<RecordRule<?>> RULES = List.copyOf(rules());

    private static List<RecordRule<?>> rules() {
        List<RecordRule<?>> rules = new ArrayList<>(List.of(
                new ExOfficioKindRule<>(ImplementationItem.class, RuleDescriptor.locked("SM-0101", Severity.ERROR,
                        Stage.RULE, "0.1.0", "中办发〔2015〕21号; 粤政数〔2023〕7号 art. 3; domain-reference §3.2 "
                        + "(依职权 kinds are not 政务服务事项), §9.5", IMPLEMENTATION_ITEM)),
                new MaterialsRequiredRule(),
                new LicenceResultRule(),
                new SceneReasonRequiredRule(),
                new OnlineAddressRule(),
                new FeeBasisRule(),
                new EntrustNameRule(),
                new IntermediaryReferenceRule(),
                new ResultTypeRule(),
                new CenterNameRule()));
        rules.addAll(codedValueRules());
        rules.addAll(List.of(
                new TelephoneFormatRule(),
                new WebAddressFormatRule(),
                new PlainHttpRule(),
                new LocalAreaCodeRule(),
                new ImmediateItemRule(),
                new SceneReasonEmptyRule(),
                new FullyOnlineVisitsRule(),
                new OnlineFlagRule(),
                new MailOrExpressRule(),
                new PayOnlineRule(),
                new FeeItemsWithoutFeeRule(),
                new DistinctPhonesRule(),
                new IntermediaryFlagRule(),
                new PlanDatesRule<>(ImplementationItem.class, RuleDescriptor.locked("SM-0310", Severity.ERROR,
                        Stage.RULE, "0.1.0", "domain-reference §1.5.2 (PLAN_EFFECTIVE_DATE, PLAN_CANCEL_DATE)",
                        IMPLEMENTATION_ITEM)),
                new FullyOnlineCapabilityRule(),
                new MaterialOrderRule(),
                new MaterialNameRule(),
                new CertificateFreeRule(),
                new PromiseWithinStatutoryRule(),
                new TimeUnitsRule()));
        return rules;
    }

    private static List<RecordRule<?>> codedValueRules() {
        return List.of(
                CodedValueRule.shared(ImplementationItem.class, RuleDescriptor.locked("SM-0201", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "事项类型 (Set A/B)", IMPLEMENTATION_ITEM),
                        CodeTables.TASK_TYPE),
                CodedValueRule.shared(ImplementationItem.class, RuleDescriptor.locked("SM-0202", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "行使层级", IMPLEMENTATION_ITEM), CodeTables.USE_LEVEL),
                CodedValueRule.shared(ImplementationItem.class, RuleDescriptor.adjustable("SM-0203", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "权力来源", IMPLEMENTATION_ITEM), CodeTables.POWER_SOURCE),
                coded(RuleDescriptor.adjustable("SM-0204", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "实施主体性质", IMPLEMENTATION_ITEM),
                        Element.single(CodeTables.DEPT_TYPE, "deptType", ImplementationItem::deptType)),
                coded(RuleDescriptor.adjustable("SM-0205", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "服务对象", IMPLEMENTATION_ITEM),
                        Element.each(CodeTables.SERVER_TYPE, "serverType", ImplementationItem::serverType)),
                coded(RuleDescriptor.adjustable("SM-0206", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "办件类型", IMPLEMENTATION_ITEM),
                        Element.single(CodeTables.PROJECT_TYPE, "projectType", ImplementationItem::projectType)),
                coded(RuleDescriptor.adjustable("SM-0207", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "办理形式", IMPLEMENTATION_ITEM),
                        Element.each(CodeTables.HANDLE_TYPE, "handleType", ImplementationItem::handleType)),
                // Every time-limit unit of an item: its own two and those of its special procedures and steps.
                new CodedValueRule<>(ImplementationItem.class, RuleDescriptor.adjustable("SM-0208", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "时限单位", IMPLEMENTATION_ITEM), null, List.of(
                        Element.single(CodeTables.TIME_UNIT, "anticipateType", ImplementationItem::anticipateType),
                        Element.single(CodeTables.TIME_UNIT, "promiseType", ImplementationItem::promiseType),
                        Element.nested(CodeTables.TIME_UNIT, "specialProcedures", ImplementationItem::specialProcedures,
                                "specialDateType", SpecialProcedure::specialDateType),
                        Element.nested(CodeTables.TIME_UNIT, "processSteps", ImplementationItem::processSteps,
                                "handleDayType", ProcessStep::handleDayType))),
                coded(RuleDescriptor.adjustable("SM-0209", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "网上办理深度 (capability list)", IMPLEMENTATION_ITEM),
                        Element.each(CodeTables.ONLINE_CAPABILITY, "onlineHandleDepth",
                                ImplementationItem::onlineHandleDepth)),
                coded(RuleDescriptor.adjustable("SM-0210", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "网上办理深度 (levels Ⅰ-Ⅳ); §11.5", IMPLEMENTATION_ITEM),
                        Element.single(CodeTables.ONLINE_LEVEL, "onlineHandleLevel",
                                ImplementationItem::onlineHandleLevel)),
                coded(RuleDescriptor.adjustable("SM-0211", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "通办范围", IMPLEMENTATION_ITEM),
                        Element.single(CodeTables.HANDLE_AREA, "handleArea", ImplementationItem::handleArea)),
                coded(RuleDescriptor.adjustable("SM-0212", Severity.ERROR, Stage.RULE, "0.1.0",
                        CODE_TABLES + "审批结果类型", IMPLEMENTATION_ITEM),
                        Element.single(CodeTables.RESULT_TYPE, "resultType", ImplementationItem::resultType)),
                new CodedValueRule<>(ImplementationItem.class, RuleDescriptor.adjustable("SM-0213", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "材料类型, 来源渠道, 材料必要性, 材料形式", IMPLEMENTATION_ITEM),
                        null, List.of(
                        material(CodeTables.MATERIAL_TYPE, "materialType", Material::materialType),
                        material(CodeTables.MATERIAL_SOURCE, "sourceType", Material::sourceType),
                        material(CodeTables.MATERIAL_NECESSITY, "isNeed", Material::isNeed),
                        material(CodeTables.MATERIAL_FORMAT, "materialFormat", Material::materialFormat))),
                CodedValueRule.shared(ImplementationItem.class, RuleDescriptor.adjustable("SM-0214", Severity.ERROR,
                        Stage.RULE, "0.1.0", CODE_TABLES + "事项状态", IMPLEMENTATION_ITEM), CodeTables.TASK_STATE),
                CodedValueRule.shared(ImplementationItem.class, RuleDescriptor.adjustable("SM-0215", Severity.ERROR,
                        Stage.RULE, "0.1.0", "code table lawLevel (设定依据效力层级); domain-reference §4.1, §11.6",
                        IMPLEMENTATION_ITEM), CodeTables.LAW_LEVEL));
    }

    private static CodedValueRule<ImplementationItem> coded(RuleDescriptor descriptor,
                                                            Element<ImplementationItem> element) {
        return CodedValueRule.of(ImplementationItem.class, descriptor, element);
    }

    private static Element<ImplementationItem> material(String table, String name,
                                                        Function<Material, String> getter) {
        return Element.nested(table, "materials", ImplementationItem::materials, name, getter);
    }

    /** Creates the set; its rules are stateless and shared. */
    public ImplementationItemRules() {
        super("sm", RULES);
    }
}
