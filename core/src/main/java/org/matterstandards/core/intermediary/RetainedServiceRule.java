package org.matterstandards.core.intermediary;

import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * Base of the rules that only concern a retained intermediary service (在用的中介服务事项): a cancelled or suspended
 * service no longer needs a basis or a linked approval.
 */
abstract class RetainedServiceRule extends AbstractRecordRule<IntermediaryService> {

    RetainedServiceRule(RuleDescriptor descriptor) {
        super(IntermediaryService.class, descriptor);
    }

    /**
     * Whether a service is on the list and in use.
     *
     * @param service the service
     * @return {@code true} when its state code carries {@link IntermediaryCodes.Mark#RETAINED}
     */
    static boolean isRetained(IntermediaryService service) {
        return IntermediaryCodes.builtIn().has(IntermediaryCodes.Table.SERVICE_STATE, service.serviceState(),
                IntermediaryCodes.Mark.RETAINED);
    }

    @Override
    public final void check(IntermediaryService service, RuleContext context) {
        if (isRetained(service)) {
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
