package org.matterstandards.core.intermediary;

import java.util.List;
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
import org.matterstandards.core.internal.rule.CodedValueRule;
import org.matterstandards.core.internal.rule.CodedValueRule.Element;

/**
 * Rules of approval-related intermediary services (行政审批中介服务事项, domain {@code IM}): a retained service needs
 * a legal basis of sufficient level and a linked approval matter, coded elements use the code tables, fee elements
 * agree, and across records a service is listed once, its approvals exist, and implementation items require only
 * listed services. Texts are in the {@code im} bundle.
 *
 * <p>This class only lists the rules, so it reads as the domain's index: each rule class of this package declares its
 * own descriptor next to its check. The one exception is the shared, parameterised {@link CodedValueRule} of
 * {@code core.internal.rule}: one class serves many codes, so its descriptor is written here, where it is
 * instantiated, once.
 */
public final class IntermediaryRules extends AbstractRuleSet {

    /** IM-0401, two services with the same service code (for modules that run the list rules elsewhere, Spark). */
    public static final String DUPLICATE_CODE = DuplicateServiceRule.BY_CODE.code();
    /** IM-0402, two services with the same name and approving department. */
    public static final String DUPLICATE_NAME = DuplicateServiceRule.BY_NAME.code();
    /** IM-0403, a related approval matter that is not in the run's approval lists. */
    public static final String RELATED_APPROVAL_MISSING = RelatedApprovalListedRule.DESCRIPTOR.code();
    /** IM-0404, an implementation item requiring a service that is not on the intermediary list. */
    public static final String REQUIRED_SERVICE_NOT_LISTED = RequiredServiceListedRule.DESCRIPTOR.code();

    // Citations several rules of this package share (compile-time constants, so no rule waits for this class).
    static final String BASIS_SOURCE = "国办发〔2015〕31号; 国发〔2022〕5号 (domain-reference §4.1)";
    static final String LIST_SOURCE = "惠阳区 2018 and 源城区 2018 intermediary lists: 清单之外不得作为受理条件 "
            + "(domain-reference §4.2, §11.4)";
    static final String ELEMENT_SOURCE = "intermediary record elements (domain-reference §4.3); "
            + "matter-standards code tables lawLevel, feeNature, taskState";
    static final String FEE_SOURCE = "price-department fee lists: 收费项目、收费标准、收费依据 "
            + "(domain-reference §4.2, §4.3)";

    private static final List<RecordRule<?>> RECORD_RULES = List.of(
            new LegalBasisRequiredRule(),
            new RelatedApprovalRequiredRule(),
            new LawLevelRequiredRule(),
            // The codes of these tables are this project's own numbering: findings name them (1 法律).
            CodedValueRule.of(IntermediaryService.class, RuleDescriptor.adjustable("IM-0201",
                    Severity.ERROR, Stage.RULE, "0.1.0", ELEMENT_SOURCE, RecordKind.INTERMEDIARY_SERVICE),
                    Element.nested(CodeTables.LAW_LEVEL, "legalBases", IntermediaryService::legalBases,
                            "lawLevel", LegalBasis::lawLevel)).withNamedCodes(),
            CodedValueRule.of(IntermediaryService.class, RuleDescriptor.adjustable("IM-0202",
                    Severity.ERROR, Stage.RULE, "0.1.0", ELEMENT_SOURCE, RecordKind.INTERMEDIARY_SERVICE),
                    Element.single(CodeTables.FEE_NATURE, "feeNature", IntermediaryService::feeNature))
                    .withNamedCodes(),
            // An intermediary service is in the same 事项状态 as any service matter (1 在用, 2 暂停, 3 取消).
            CodedValueRule.of(IntermediaryService.class, RuleDescriptor.adjustable("IM-0203",
                    Severity.ERROR, Stage.RULE, "0.1.0", ELEMENT_SOURCE, RecordKind.INTERMEDIARY_SERVICE),
                    Element.single(CodeTables.TASK_STATE, "serviceState", IntermediaryService::serviceState))
                    .withNamedCodes(),
            new LegalBasisLevelRule(),
            new FeeRules.FreeWithFeeStandard(),
            new FeeRules.ChargedWithoutBasis(),
            new FeeRules.FeeWithoutNature());

    private static final List<ListRule> LIST_RULES = List.of(
            DuplicateServiceRule.byCode(),
            DuplicateServiceRule.byNameAndDepartment(),
            new RelatedApprovalListedRule(),
            new RequiredServiceListedRule());

    /** Creates the set; its rules are stateless and shared. */
    public IntermediaryRules() {
        super("im", RECORD_RULES, LIST_RULES);
    }
}
