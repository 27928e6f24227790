package org.matterstandards.core.internal.rule.sm;

import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.Tables;
import org.matterstandards.core.internal.rule.Values;

/**
 * SM-0305: an item with no visit (到办事现场次数 = 0) that cannot be handled online must accept applications by mail
 * or express (是否支持物流快递, or 办理形式 快递申请): otherwise there is no way to apply without coming.
 */
final class MailOrExpressRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0305", Severity.ERROR,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU + "check 4", RecordKind.IMPLEMENTATION_ITEM);

    MailOrExpressRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Integer visits = item.limitSceneNum();
        boolean express = Values.isTrue(item.isExpress())
                || Tables.anyHasTag(context, CodeTables.HANDLE_TYPE, item.handleType(), Tags.EXPRESS);
        if (visits != null && visits == 0 && !OnlineHandling.isDeclared(item, context) && !express) {
            report(context, "/handleType");
        }
    }
}
