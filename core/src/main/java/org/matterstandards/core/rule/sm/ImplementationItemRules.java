package org.matterstandards.core.rule.sm;

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
import org.matterstandards.core.rule.support.RecordRuleSet;
import org.matterstandards.core.rule.support.CodedValueRule;
import org.matterstandards.core.rule.support.ElementValue;
import org.matterstandards.core.rule.support.ExOfficioKindRule;
import org.matterstandards.core.rule.support.PlanDatesRule;
import org.matterstandards.core.rule.support.RuleDescriptors;

/**
 * Rules for implementation items (实施清单 / 办事指南, domain {@code SM}): what a provincial reviewer sends back.
 * 01xx elements a kind of item needs, 02xx coded values and formats, 03xx elements that must agree, 05xx time limits.
 * Every descriptor is declared here, so this class reads as the list of the domain's rules; each rule is a small
 * class of this package or a shared class of {@code core.rule.support}.
 */
public final class ImplementationItemRules extends RecordRuleSet {

    private static final String CODE_TABLES = "domain-reference §1.6, code table ";
    private static final String WENZHOU = "domain-reference §7 (real-world cross-field checks, Wenzhou audit script) ";

    // 01xx — elements a kind of item needs
    static final RuleDescriptor EX_OFFICIO = locked("SM-0101", Severity.ERROR,
            "中办发〔2015〕21号; 粤政数〔2023〕7号 art. 3; domain-reference §3.2 (依职权 kinds are not 政务服务事项), §9.5");
    static final RuleDescriptor MATERIALS = adjustable("SM-0102", Severity.WARNING,
            "行政许可法 art. 30 (material list published); domain-reference §1.5.4 (申请材料)");
    static final RuleDescriptor LICENCE_RESULT = adjustable("SM-0103", Severity.ERROR,
            "domain-reference §1.5.3 (RESULT_NAME, RESULT_TYPE), §1.5.5 (行政许可证件名称)");
    static final RuleDescriptor SCENE_REASON = adjustable("SM-0104", Severity.ERROR, WENZHOU + "check 3");
    static final RuleDescriptor ONLINE_ADDRESS = adjustable("SM-0105", Severity.ERROR,
            "domain-reference §1.5.3 (ONLINE_HANDLE_URL), §7 (网上可办 = items with an online address)");
    static final RuleDescriptor FEE_BASIS = adjustable("SM-0106", Severity.ERROR,
            WENZHOU + "check 6; §1.5.2 (FEE_BASIS), §1.5.4 (收费项目), §9.5");
    static final RuleDescriptor ENTRUST_NAME = adjustable("SM-0107", Severity.ERROR,
            "domain-reference §1.5.2 (ENTRUST_NAME needed when DEPT_TYPE = 受委托组织), §9.5");
    static final RuleDescriptor INTERMEDIARY_REFERENCE = adjustable("SM-0108", Severity.ERROR,
            "国办发〔2015〕31号; domain-reference §1.5.3 (IS_EXIST_INTERMEDIARY), §4.3, §11.4 (中介服务事项编码)");
    static final RuleDescriptor RESULT_TYPE = adjustable("SM-0109", Severity.ERROR,
            "domain-reference §1.5.3 (RESULT_TYPE required), §1.6 (审批结果类型)");
    static final RuleDescriptor CENTER_NAME = adjustable("SM-0110", Severity.WARNING,
            "domain-reference §1.5.3 (IS_ENTRY_CENTER, CENTER_NAME)");

    // 02xx — coded values and formats
    static final RuleDescriptor TASK_TYPE_CODE = locked("SM-0201", Severity.ERROR, CODE_TABLES + "事项类型 (Set A/B)");
    static final RuleDescriptor USE_LEVEL_CODE = locked("SM-0202", Severity.ERROR, CODE_TABLES + "行使层级");
    static final RuleDescriptor POWER_SOURCE_CODE = adjustable("SM-0203", Severity.ERROR, CODE_TABLES + "权力来源");
    static final RuleDescriptor DEPT_TYPE_CODE = adjustable("SM-0204", Severity.ERROR, CODE_TABLES + "实施主体性质");
    static final RuleDescriptor SERVER_TYPE_CODE = adjustable("SM-0205", Severity.ERROR, CODE_TABLES + "服务对象");
    static final RuleDescriptor PROJECT_TYPE_CODE = adjustable("SM-0206", Severity.ERROR, CODE_TABLES + "办件类型");
    static final RuleDescriptor HANDLE_TYPE_CODE = adjustable("SM-0207", Severity.ERROR, CODE_TABLES + "办理形式");
    static final RuleDescriptor TIME_UNIT_CODE = adjustable("SM-0208", Severity.ERROR, CODE_TABLES + "时限单位");
    static final RuleDescriptor CAPABILITY_CODE = adjustable("SM-0209", Severity.ERROR,
            CODE_TABLES + "网上办理深度 (capability list)");
    static final RuleDescriptor ONLINE_LEVEL_CODE = adjustable("SM-0210", Severity.ERROR,
            CODE_TABLES + "网上办理深度 (levels Ⅰ-Ⅳ); §11.5");
    static final RuleDescriptor HANDLE_AREA_CODE = adjustable("SM-0211", Severity.ERROR, CODE_TABLES + "通办范围");
    static final RuleDescriptor RESULT_TYPE_CODE = adjustable("SM-0212", Severity.ERROR, CODE_TABLES + "审批结果类型");
    static final RuleDescriptor MATERIAL_CODES = adjustable("SM-0213", Severity.ERROR,
            CODE_TABLES + "材料类型, 来源渠道, 材料必要性, 材料形式");
    static final RuleDescriptor TASK_STATE_CODE = adjustable("SM-0214", Severity.ERROR, CODE_TABLES + "事项状态");
    static final RuleDescriptor LAW_LEVEL_CODE = adjustable("SM-0215", Severity.ERROR,
            "code table lawLevel (设定依据效力层级); domain-reference §4.1, §11.6");
    static final RuleDescriptor TELEPHONE_FORMAT = adjustable("SM-0216", Severity.ERROR,
            WENZHOU + "check 7; §1.5.3 (CONSULT_PHONE, COMPLAIN_PHONE)");
    static final RuleDescriptor ADDRESS_FORMAT = adjustable("SM-0217", Severity.ERROR,
            "domain-reference §1.5.2 (LINK_ADDR, MOBILE_TERMINAL_URL), §1.5.3 (ONLINE_HANDLE_URL)");
    static final RuleDescriptor PLAIN_HTTP = adjustable("SM-0218", Severity.WARNING,
            "matter-standards practice: plain http exposes applicants' data (issue 3)");
    static final RuleDescriptor AREA_CODE = adjustable("SM-0219", Severity.WARNING,
            WENZHOU + "check 7 (local area code); profile setting local.telephoneAreaCode (Shantou 0754)");

    // 03xx — elements that must agree
    static final RuleDescriptor IMMEDIATE_ITEM = locked("SM-0301", Severity.ERROR,
            "domain-reference §7 (即办件 ⇔ 承诺办结时限 0; Wenzhou check 1)");
    static final RuleDescriptor SCENE_REASON_EMPTY = adjustable("SM-0302", Severity.WARNING, WENZHOU + "check 3");
    static final RuleDescriptor FULLY_ONLINE_VISITS = locked("SM-0303", Severity.ERROR,
            WENZHOU + "check 5 (全程网办 Ⅳ级 ⇒ 到办事现场次数 0); §11.5");
    static final RuleDescriptor ONLINE_FLAG = adjustable("SM-0304", Severity.ERROR,
            "domain-reference §1.5.3 (IS_ONLINE), §1.6 (办理形式, 网办深度)");
    static final RuleDescriptor MAIL_OR_EXPRESS = adjustable("SM-0305", Severity.ERROR, WENZHOU + "check 4");
    static final RuleDescriptor PAY_ONLINE = adjustable("SM-0306", Severity.ERROR, WENZHOU + "check 6");
    static final RuleDescriptor FEE_ITEMS = adjustable("SM-0307", Severity.ERROR, WENZHOU + "check 6; §9.5");
    static final RuleDescriptor DISTINCT_PHONES = adjustable("SM-0308", Severity.WARNING, WENZHOU + "check 7");
    static final RuleDescriptor INTERMEDIARY_FLAG = adjustable("SM-0309", Severity.WARNING,
            "国办发〔2015〕31号; domain-reference §1.5.3 (IS_EXIST_INTERMEDIARY)");
    static final RuleDescriptor PLAN_DATES = locked("SM-0310", Severity.ERROR,
            "domain-reference §1.5.2 (PLAN_EFFECTIVE_DATE, PLAN_CANCEL_DATE)");
    static final RuleDescriptor FULLY_ONLINE_CAPABILITY = adjustable("SM-0311", Severity.WARNING,
            "domain-reference §7 (全程网办 ⇔ capabilities 4 受理 and 5 办理, inferred), §1.6");
    static final RuleDescriptor MATERIAL_ORDER = adjustable("SM-0312", Severity.WARNING,
            "domain-reference §1.5.4 (ORDER_NUM)");
    static final RuleDescriptor MATERIAL_NAMES = adjustable("SM-0313", Severity.ERROR,
            "行政许可法 art. 30 (published material list); domain-reference §1.5.4 (MATERIAL_NAME)");
    static final RuleDescriptor CERTIFICATE_FREE = adjustable("SM-0314", Severity.INFO,
            "免证办 (GLOSSARY); domain-reference §1.6 (SOURCE_TYPE 20 政府部门核发)");

    // 05xx — time limits
    static final RuleDescriptor PROMISE_WITHIN_STATUTORY = locked("SM-0501", Severity.ERROR,
            "行政许可法 art. 42; domain-reference §9.5, §11.6 (承诺办结时限 ≤ 法定办结时限, same unit)");
    static final RuleDescriptor TIME_UNITS = adjustable("SM-0502", Severity.WARNING,
            "domain-reference §1.6 (时限单位), §11.6 (compare in the same unit; convert only where exact)");

    private static final List<RecordRule<?>> RULES = List.copyOf(rules());

    private static List<RecordRule<?>> rules() {
        List<RecordRule<?>> rules = new ArrayList<>(List.of(
                new ExOfficioKindRule<>(ImplementationItem.class, EX_OFFICIO),
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
                new PlanDatesRule<>(ImplementationItem.class, PLAN_DATES),
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
                CodedValueRule.shared(ImplementationItem.class, TASK_TYPE_CODE, CodeTables.TASK_TYPE),
                CodedValueRule.shared(ImplementationItem.class, USE_LEVEL_CODE, CodeTables.USE_LEVEL),
                CodedValueRule.shared(ImplementationItem.class, POWER_SOURCE_CODE, CodeTables.POWER_SOURCE),
                coded(DEPT_TYPE_CODE, CodeTables.DEPT_TYPE, item -> ElementValue.of("deptType", item.deptType())),
                coded(SERVER_TYPE_CODE, CodeTables.SERVER_TYPE,
                        item -> ElementValue.each("serverType", item.serverType())),
                coded(PROJECT_TYPE_CODE, CodeTables.PROJECT_TYPE,
                        item -> ElementValue.of("projectType", item.projectType())),
                coded(HANDLE_TYPE_CODE, CodeTables.HANDLE_TYPE,
                        item -> ElementValue.each("handleType", item.handleType())),
                coded(TIME_UNIT_CODE, CodeTables.TIME_UNIT, ImplementationItemRules::timeUnits),
                coded(CAPABILITY_CODE, CodeTables.ONLINE_CAPABILITY,
                        item -> ElementValue.each("onlineHandleDepth", item.onlineHandleDepth())),
                coded(ONLINE_LEVEL_CODE, CodeTables.ONLINE_LEVEL,
                        item -> ElementValue.of("onlineHandleLevel", item.onlineHandleLevel())),
                coded(HANDLE_AREA_CODE, CodeTables.HANDLE_AREA,
                        item -> ElementValue.of("handleArea", item.handleArea())),
                coded(RESULT_TYPE_CODE, CodeTables.RESULT_TYPE,
                        item -> ElementValue.of("resultType", item.resultType())),
                new CodedValueRule<>(ImplementationItem.class, MATERIAL_CODES, null, List.of(
                        material(CodeTables.MATERIAL_TYPE, "materialType", Material::materialType),
                        material(CodeTables.MATERIAL_SOURCE, "sourceType", Material::sourceType),
                        material(CodeTables.MATERIAL_NECESSITY, "isNeed", Material::isNeed),
                        material(CodeTables.MATERIAL_FORMAT, "materialFormat", Material::materialFormat))),
                CodedValueRule.shared(ImplementationItem.class, TASK_STATE_CODE, CodeTables.TASK_STATE),
                CodedValueRule.shared(ImplementationItem.class, LAW_LEVEL_CODE, CodeTables.LAW_LEVEL));
    }

    private static CodedValueRule<ImplementationItem> coded(RuleDescriptor descriptor, String table,
                                                            Function<ImplementationItem, List<ElementValue>> values) {
        return CodedValueRule.of(ImplementationItem.class, descriptor, table, values);
    }

    private static CodedValueRule.Element<ImplementationItem> material(String table, String name,
                                                                       Function<Material, String> getter) {
        return new CodedValueRule.Element<>(table,
                item -> ElementValue.each("materials", item.materials(), name, getter));
    }

    /** Every time-limit unit of an item: its own two and those of its special procedures and process steps. */
    private static List<ElementValue> timeUnits(ImplementationItem item) {
        List<ElementValue> values = new ArrayList<>();
        values.addAll(ElementValue.of("anticipateType", item.anticipateType()));
        values.addAll(ElementValue.of("promiseType", item.promiseType()));
        values.addAll(ElementValue.each("specialProcedures", item.specialProcedures(), "specialDateType",
                SpecialProcedure::specialDateType));
        values.addAll(ElementValue.each("processSteps", item.processSteps(), "handleDayType",
                ProcessStep::handleDayType));
        return values;
    }

    private static RuleDescriptor locked(String code, Severity severity, String source) {
        return RuleDescriptors.locked(code, severity, source, IMPLEMENTATION_ITEM);
    }

    private static RuleDescriptor adjustable(String code, Severity severity, String source) {
        return RuleDescriptors.adjustable(code, severity, source, IMPLEMENTATION_ITEM);
    }

    /** Creates the set; its rules are stateless and shared. */
    public ImplementationItemRules() {
        super("sm", RULES);
    }
}
