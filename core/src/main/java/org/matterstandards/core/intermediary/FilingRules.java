package org.matterstandards.core.intermediary;

import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.intermediary.FilingSchedule.Outcome;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.CodedValueRule;
import org.matterstandards.core.internal.rule.CodedValueRule.Element;

/**
 * Adjust-and-file deadline rules of list changes (清单调整与备案期限, domain {@code FL}): a changed item is adjusted in
 * the online intermediary market and the provincial matter system and filed with the same-level data administration
 * within N working days of the decision, N = profile setting {@code filing.deadlineWorkingDays} (3 nationally and in
 * Shantou, 汕政数〔2021〕58号 §三(一)3). Days are counted with the reference data's working-day calendar; dates are
 * judged as of the validation's as-of date. Texts are in the {@code fl} bundle.
 *
 * <p>This class only lists the rules, so it reads as the domain's index: each rule class of this package declares its
 * own descriptor next to its check (regions set their own deadlines and practice, so a profile may tune every filing
 * rule). The one exception is the shared, parameterised {@link CodedValueRule} of {@code core.internal.rule}: one class
 * serves many codes, so its descriptor is written here, where it is instantiated, once.
 */
public final class FilingRules extends AbstractRuleSet {

    /** FL-0502, a step not done and past its deadline as of the as-of date (the SDK's list history reads it). */
    public static final String OVERDUE = FilingOutcomeRule.OVERDUE.code();
    /** FL-0503, a step not done, due within one working day. */
    public static final String DUE_SOON = FilingOutcomeRule.DUE_SOON.code();

    // Citations several rules of this package share (compile-time constants, so no rule waits for this class).
    static final String SEED = "汕政数〔2021〕58号 §三(一)3: 3个工作日内通过网上中介服务超市和省政务服务事项管理系统"
            + "调整并报本级政务服务数据管理部门备案 (domain-reference §11.4)";
    static final String ORDER = "order of the adjust-and-file steps (domain-reference §11.4, §11.6)";
    static final String CALENDAR = "working-day calendar, 国务院办公厅节假日安排 (ARCHITECTURE §7)";

    private static final List<RecordRule<?>> RECORD_RULES = List.of(
            CodedValueRule.of(ListChange.class, RuleDescriptor.adjustable("FL-0201", Severity.ERROR, Stage.RULE,
                    "0.1.0", "清单调整 新增/变更/取消 (domain-reference §11.4); code table changeType",
                    RecordKind.LIST_CHANGE),
                    Element.single(CodeTables.CHANGE_TYPE, "changeType", ListChange::changeType)).withNamedCodes(),
            new FilingOutcomeRule(Outcome.BEFORE_DECISION),
            new FilingOrderRules.FiledBeforeAdjusted(),
            new FilingOrderRules.DoneAfterAsOf(),
            new FilingOutcomeRule(Outcome.LATE),
            new FilingOutcomeRule(Outcome.OVERDUE),
            new FilingOutcomeRule(Outcome.DUE_SOON),
            new FilingOutcomeRule(Outcome.UNCOUNTABLE));

    /** Creates the set; its rules are stateless and shared. */
    public FilingRules() {
        super("fl", RECORD_RULES, List.of());
    }

    /**
     * The adjust-and-file deadline of a profile (调整备案期限), in working days after the decision: the setting
     * {@code filing.deadlineWorkingDays}, as the FL rules read it.
     *
     * @param profile the profile
     * @return N, at least 1
     * @throws org.matterstandards.core.MatterException when the setting is missing or not a positive whole number
     */
    public static int deadlineWorkingDays(Profile profile) {
        return FilingSchedule.deadlineWorkingDays(profile);
    }
}
