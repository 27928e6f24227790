package org.matterstandards.core.history;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * List-history findings (清单动态管理, domain {@code FL}, 04xx): an item's life on the list is draft (待生效) → in force
 * (在用) → cancelled (已取消), and a sequence of list snapshots and list changes must follow it. They need several
 * lists over time, so the SDK's list history ({@code org.matterstandards.sdk.history}, {@code matter history})
 * reports them, not {@code matter validate}. Texts are in the {@code hs} bundle.
 *
 * <p>The state model is an inference from 粤政数〔2023〕7号 (新增/变更/取消 of items) and the exchange elements
 * {@code TASK_STATE}, {@code TASK_VERSION}, {@code PLAN_EFFECTIVE_DATE}, {@code PLAN_CANCEL_DATE} (domain-reference
 * §1.5.1, §11.6) [I]; no official text on version numbering was found.
 *
 * <p>No rule class reports these codes, so each is declared here once: a constant the SDK's list history reports,
 * and its descriptor built from it.
 */
public final class HistoryRules extends AbstractRuleSet {

    /** A cancelled item appears again in force or as a draft. */
    public static final String CANCELLED_RETURNS = "FL-0401";
    /** The version in force turns back into a draft (same version number, effective date moved into the future). */
    public static final String BACK_TO_DRAFT = "FL-0402";
    /** A 变更 or 取消 of an item that is not on the list at its decision date. */
    public static final String CHANGE_OF_ABSENT_ITEM = "FL-0403";
    /** A 新增 of an item that is already on the list. */
    public static final String ADD_OF_LISTED_ITEM = "FL-0404";
    /** Elements changed but the version number did not rise. */
    public static final String VERSION_NOT_RAISED = "FL-0405";
    /** An item left the list without a 取消 record. */
    public static final String CANCELLED_WITHOUT_RECORD = "FL-0406";

    private static final String SOURCE = "清单动态管理 新增/变更/取消 (粤政数〔2023〕7号; domain-reference §1.5.1 TASK_STATE, "
            + "TASK_VERSION, PLAN_EFFECTIVE_DATE/PLAN_CANCEL_DATE, §11.6) [I]";
    private static final String SINCE = "0.1.0";

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(
            rule(CANCELLED_RETURNS, Severity.ERROR),
            rule(BACK_TO_DRAFT, Severity.ERROR),
            rule(CHANGE_OF_ABSENT_ITEM, Severity.ERROR),
            rule(ADD_OF_LISTED_ITEM, Severity.ERROR),
            rule(VERSION_NOT_RAISED, Severity.WARNING),
            rule(CANCELLED_WITHOUT_RECORD, Severity.WARNING));

    private static RuleDescriptor rule(String code, Severity severity) {
        return RuleDescriptor.adjustable(code, severity, Stage.LIST, SINCE, SOURCE, RecordKind.IMPLEMENTATION_ITEM,
                RecordKind.LIST_CHANGE);
    }

    /** Creates the set; the SDK's list history reports its codes. */
    public HistoryRules() {
        super("hs", DESCRIPTORS);
    }
}
