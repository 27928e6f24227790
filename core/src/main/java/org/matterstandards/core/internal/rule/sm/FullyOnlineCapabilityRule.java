package org.matterstandards.core.internal.rule.sm;

import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.codetable.CodeTable;
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
 * SM-0311: a fully online item (网办深度 Ⅳ级) lists online acceptance and online handling (互联网受理, 互联网办理)
 * among its capabilities when it lists capabilities at all. Inferred from how both representations are used, hence
 * a warning.
 */
final class FullyOnlineCapabilityRule extends AbstractRecordRule<ImplementationItem> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0311", Severity.WARNING,
            Stage.RULE, "0.1.0", "domain-reference §7 (全程网办 ⇔ capabilities 4 受理 and 5 办理, inferred), §1.6",
            RecordKind.IMPLEMENTATION_ITEM);

    /** The two capabilities a fully online item needs, in the order the missing codes are listed. */
    private static final List<String> TAGS = List.of(Tags.ACCEPT, Tags.HANDLE);

    FullyOnlineCapabilityRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        if (Values.isEmpty(item.onlineHandleDepth()) || !OnlineHandling.isFullyOnline(item, context)) {
            return;
        }
        CodeTable capabilities = Tables.selected(context, CodeTables.ONLINE_CAPABILITY);
        List<String> missing = new ArrayList<>();
        for (String tag : TAGS) {
            if (!Tables.anyHasTag(capabilities, item.onlineHandleDepth(), tag)) {
                missing.addAll(capabilities.codesTagged(tag));
            }
        }
        if (!missing.isEmpty()) {
            report(context, "/onlineHandleDepth", "missing", missing, "onlineHandleDepth", item.onlineHandleDepth());
        }
    }
}
