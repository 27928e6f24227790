package org.matterstandards.core.intermediary;

import org.matterstandards.core.profile.Profile;

import java.util.List;
import java.util.Set;
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
import org.matterstandards.core.rule.support.CodedValueRule;
import org.matterstandards.core.rule.support.ElementValue;

/**
 * Adjust-and-file deadline rules of list changes (清单调整与备案期限, domain {@code FL}): a changed item is adjusted in
 * the online intermediary market and the provincial matter system and filed with the same-level data administration
 * within N working days of the decision, N = profile setting {@code filing.deadlineWorkingDays} (3 nationally and in
 * Shantou, 汕政数〔2021〕58号 §三(一)3). Days are counted with the reference data's working-day calendar; dates are
 * judged as of the validation's as-of date. Texts are in the {@code fl} bundle.
 */
public final class FilingRules extends AbstractRuleSet {

    /** A change type that is not in the code table. */
    public static final String UNKNOWN_CHANGE_TYPE = "FL-0201";
    /** A step recorded as done before the change was decided. */
    public static final String BEFORE_DECISION = "FL-0301";
    /** Filed before the adjustment it reports. */
    public static final String FILED_BEFORE_ADJUSTED = "FL-0302";
    /** A step recorded as done after the as-of date. */
    public static final String DONE_AFTER_AS_OF = "FL-0303";
    /** A step done after the deadline. */
    public static final String LATE = "FL-0501";
    /** A step not done and past its deadline as of the as-of date. */
    public static final String OVERDUE = "FL-0502";
    /** A step not done, due within one working day. */
    public static final String DUE_SOON = "FL-0503";
    /** A deadline that cannot be judged because a date is outside the calendar's coverage. */
    public static final String UNCOUNTABLE = "FL-0504";

    private static final String SEED = "汕政数〔2021〕58号 §三(一)3: 3个工作日内通过网上中介服务超市和省政务服务事项管理系统"
            + "调整并报本级政务服务数据管理部门备案 (domain-reference §11.4)";
    private static final String ORDER = "order of the adjust-and-file steps (domain-reference §11.4, §11.6)";
    private static final String CALENDAR = "working-day calendar, 国务院办公厅节假日安排 (ARCHITECTURE §7)";

    private static final RuleDescriptor D0201 = rule(UNKNOWN_CHANGE_TYPE, Severity.ERROR,
            "清单调整 新增/变更/取消 (domain-reference §11.4); code table changeType");
    private static final RuleDescriptor D0301 = rule(BEFORE_DECISION, Severity.ERROR, ORDER);
    private static final RuleDescriptor D0302 = rule(FILED_BEFORE_ADJUSTED, Severity.WARNING, ORDER);
    private static final RuleDescriptor D0303 = rule(DONE_AFTER_AS_OF, Severity.WARNING, ORDER);
    private static final RuleDescriptor D0501 = rule(LATE, Severity.ERROR, SEED);
    private static final RuleDescriptor D0502 = rule(OVERDUE, Severity.ERROR, SEED);
    private static final RuleDescriptor D0503 = rule(DUE_SOON, Severity.WARNING, SEED);
    private static final RuleDescriptor D0504 = rule(UNCOUNTABLE, Severity.WARNING, CALENDAR);

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(D0201, D0301, D0302, D0303, D0501, D0502,
            D0503, D0504);

    private static final List<RecordRule<?>> RECORD_RULES = List.of(
            CodedValueRule.of(ListChange.class, D0201, CodeTables.CHANGE_TYPE,
                    change -> ElementValue.of("changeType", change.changeType())).withNamedCodes(),
            new FilingOutcomeRule(D0301, Outcome.BEFORE_DECISION),
            new FilingOrderRules.FiledBeforeAdjusted(D0302),
            new FilingOrderRules.DoneAfterAsOf(D0303),
            new FilingOutcomeRule(D0501, Outcome.LATE),
            new FilingOutcomeRule(D0502, Outcome.OVERDUE),
            new FilingOutcomeRule(D0503, Outcome.DUE_SOON),
            new FilingOutcomeRule(D0504, Outcome.UNCOUNTABLE));

    private static RuleDescriptor rule(String code, Severity severity, String source) {
        // Regions set their own deadlines and practice, so a profile may tune every filing rule.
        return new RuleDescriptor(code, severity, Stage.RULE, Set.of(RecordKind.LIST_CHANGE), source,
                IntermediaryRules.SINCE, false);
    }

    /** Creates the set; its rules are stateless and shared. */
    public FilingRules() {
        super("fl", DESCRIPTORS, RECORD_RULES, List.of());
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
