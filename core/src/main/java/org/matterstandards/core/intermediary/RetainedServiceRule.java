package org.matterstandards.core.intermediary;

import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.profile.Profile;
import org.matterstandards.core.reference.ReferenceData;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.internal.rule.Tables;

/**
 * Base of the rules that only concern a retained intermediary service (在用的中介服务事项): a cancelled or suspended
 * service no longer needs a basis or a linked approval.
 */
abstract class RetainedServiceRule extends AbstractRecordRule<IntermediaryService> {

    RetainedServiceRule(RuleDescriptor descriptor) {
        super(IntermediaryService.class, descriptor);
    }

    /**
     * The states an intermediary service can be in: the 事项状态 table ({@code taskState}) the profile selects, which
     * service matters and intermediary services share.
     *
     * @param profile the profile
     * @param data    the reference data
     * @return the table
     */
    static CodeTable states(Profile profile, ReferenceData data) {
        return data.codeTables().table(CodeTables.TASK_STATE, profile);
    }

    /**
     * Whether a service is on the list and in use.
     *
     * @param service the service
     * @param states  the 事项状态 table, see {@link #states}
     * @return {@code true} when its state code carries {@link Tags#IN_USE}
     */
    static boolean isRetained(IntermediaryService service, CodeTable states) {
        return states.hasTag(service.serviceState(), Tags.IN_USE);
    }

    @Override
    public final void check(IntermediaryService service, RuleContext context) {
        if (isRetained(service, Tables.selected(context, CodeTables.TASK_STATE))) {
            checkRetained(service, context);
        }
    }

    /**
     * Checks a retained service.
     *
     * @param service the service
     * @param context the rule context
     */
    abstract void checkRetained(IntermediaryService service, RuleContext context);
}
