package org.matterstandards.core.intermediary;

import java.util.List;
import java.util.Set;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.rule.support.CodedValueRule;
import org.matterstandards.core.rule.support.ElementValue;

/**
 * Rules of approval-related intermediary services (行政审批中介服务事项, domain {@code IM}): a retained service needs
 * a legal basis of sufficient level and a linked approval matter, coded elements use the code tables, fee elements
 * agree, and across records a service is listed once, its approvals exist, and implementation items require only
 * listed services. Texts are in the {@code im} bundle.
 */
public final class IntermediaryRules extends AbstractRuleSet {

    /** A retained service without any legal basis (设定依据). */
    public static final String NO_LEGAL_BASIS = "IM-0101";
    /** A retained service linked to no approval matter. */
    public static final String NO_RELATED_APPROVAL = "IM-0102";
    /** A legal basis of a retained service without its level. */
    public static final String NO_LAW_LEVEL = "IM-0103";
    /** A law level that is not in the code table. */
    public static final String UNKNOWN_LAW_LEVEL = "IM-0201";
    /** A fee nature that is not in the code table. */
    public static final String UNKNOWN_FEE_NATURE = "IM-0202";
    /** A service state that is not in the code table. */
    public static final String UNKNOWN_SERVICE_STATE = "IM-0203";
    /** No legal basis of a level that may set an intermediary service. */
    public static final String INSUFFICIENT_LEGAL_BASIS = "IM-0301";
    /** A free service with a fee standard. */
    public static final String FREE_WITH_FEE_STANDARD = "IM-0302";
    /** A charged service without a fee basis. */
    public static final String CHARGED_WITHOUT_BASIS = "IM-0303";
    /** A fee standard or basis without a fee nature. */
    public static final String FEE_WITHOUT_NATURE = "IM-0304";
    /** Two services with the same service code. */
    public static final String DUPLICATE_CODE = "IM-0401";
    /** Two services with the same name and approving department. */
    public static final String DUPLICATE_NAME = "IM-0402";
    /** A related approval matter that is not in the run's approval lists. */
    public static final String RELATED_APPROVAL_MISSING = "IM-0403";
    /** An implementation item requiring a service that is not on the intermediary list. */
    public static final String REQUIRED_SERVICE_NOT_LISTED = "IM-0404";

    static final String SINCE = "0.1.0";
    private static final String BASIS_SOURCE = "国办发〔2015〕31号; 国发〔2022〕5号 (domain-reference §4.1)";
    private static final String LIST_SOURCE = "惠阳区 2018 and 源城区 2018 intermediary lists: 清单之外不得作为受理条件 "
            + "(domain-reference §4.2, §11.4)";
    private static final String ELEMENT_SOURCE = "intermediary record elements (domain-reference §4.3); "
            + "matter-standards code tables lawLevel, feeNature, taskState";
    private static final String FEE_SOURCE = "price-department fee lists: 收费项目、收费标准、收费依据 "
            + "(domain-reference §4.2, §4.3)";
    private static final Set<RecordKind> SERVICES = Set.of(RecordKind.INTERMEDIARY_SERVICE);

    private static final RuleDescriptor D0101 = rule(NO_LEGAL_BASIS, Severity.ERROR, BASIS_SOURCE);
    private static final RuleDescriptor D0102 = rule(NO_RELATED_APPROVAL, Severity.ERROR, BASIS_SOURCE);
    private static final RuleDescriptor D0103 = rule(NO_LAW_LEVEL, Severity.WARNING, ELEMENT_SOURCE);
    private static final RuleDescriptor D0201 = rule(UNKNOWN_LAW_LEVEL, Severity.ERROR, ELEMENT_SOURCE);
    private static final RuleDescriptor D0202 = rule(UNKNOWN_FEE_NATURE, Severity.ERROR, ELEMENT_SOURCE);
    private static final RuleDescriptor D0203 = rule(UNKNOWN_SERVICE_STATE, Severity.ERROR, ELEMENT_SOURCE);
    private static final RuleDescriptor D0301 = rule(INSUFFICIENT_LEGAL_BASIS, Severity.ERROR, BASIS_SOURCE);
    private static final RuleDescriptor D0302 = rule(FREE_WITH_FEE_STANDARD, Severity.ERROR, FEE_SOURCE);
    private static final RuleDescriptor D0303 = rule(CHARGED_WITHOUT_BASIS, Severity.ERROR, FEE_SOURCE);
    private static final RuleDescriptor D0304 = rule(FEE_WITHOUT_NATURE, Severity.WARNING, FEE_SOURCE);
    // A repeated code breaks every link to the list, whatever the region: no profile may relax it.
    private static final RuleDescriptor D0401 = new RuleDescriptor(DUPLICATE_CODE, Severity.ERROR, Stage.LIST,
            SERVICES, "清单管理 (国发〔2022〕5号; domain-reference §4.1)", SINCE, true);
    private static final RuleDescriptor D0402 = new RuleDescriptor(DUPLICATE_NAME, Severity.WARNING, Stage.LIST,
            SERVICES, "清单管理 (国发〔2022〕5号; domain-reference §4.1)", SINCE, false);
    private static final RuleDescriptor D0403 = new RuleDescriptor(RELATED_APPROVAL_MISSING, Severity.ERROR,
            Stage.LIST, SERVICES, LIST_SOURCE, SINCE, false);
    private static final RuleDescriptor D0404 = new RuleDescriptor(REQUIRED_SERVICE_NOT_LISTED, Severity.ERROR,
            Stage.LIST, Set.of(RecordKind.IMPLEMENTATION_ITEM), LIST_SOURCE, SINCE, false);

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(D0101, D0102, D0103, D0201, D0202, D0203, D0301,
            D0302, D0303, D0304, D0401, D0402, D0403, D0404);

    private static final List<RecordRule<?>> RECORD_RULES = List.of(
            new LegalBasisRequiredRule(D0101),
            new RelatedApprovalRequiredRule(D0102),
            new LawLevelRequiredRule(D0103),
            // The codes of these tables are this project's own numbering: findings name them (1 法律).
            CodedValueRule.of(IntermediaryService.class, D0201, CodeTables.LAW_LEVEL, service -> ElementValue.each(
                    "legalBases", service.legalBases(), "lawLevel", LegalBasis::lawLevel)).withNamedCodes(),
            CodedValueRule.of(IntermediaryService.class, D0202, CodeTables.FEE_NATURE,
                    service -> ElementValue.of("feeNature", service.feeNature())).withNamedCodes(),
            // An intermediary service is in the same 事项状态 as any service matter (1 在用, 2 暂停, 3 取消).
            CodedValueRule.of(IntermediaryService.class, D0203, CodeTables.TASK_STATE,
                    service -> ElementValue.of("serviceState", service.serviceState())).withNamedCodes(),
            new LegalBasisLevelRule(D0301),
            new FeeRules.FreeWithFeeStandard(D0302),
            new FeeRules.ChargedWithoutBasis(D0303),
            new FeeRules.FeeWithoutNature(D0304));

    private static final List<ListRule> LIST_RULES = List.of(
            DuplicateServiceRule.byCode(D0401),
            DuplicateServiceRule.byNameAndDepartment(D0402),
            new RelatedApprovalListedRule(D0403),
            new RequiredServiceListedRule(D0404));

    private static RuleDescriptor rule(String code, Severity severity, String source) {
        return new RuleDescriptor(code, severity, Stage.RULE, SERVICES, source, SINCE, false);
    }

    /** Creates the set; its rules are stateless and shared. */
    public IntermediaryRules() {
        super("im", DESCRIPTORS, RECORD_RULES, LIST_RULES);
    }
}
