package org.matterstandards.core.internal.rule;

import java.util.List;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.rule.RuleContext;

/** The code tables a rule sees (规则所用代码表): those the context's profile selects. */
public final class Tables {

    private Tables() {
    }

    /**
     * The variant of a table that the profile selects.
     *
     * @param context the rule context
     * @param name    the table name, e.g. {@code taskType}
     * @return the table
     */
    public static CodeTable selected(RuleContext context, String name) {
        return context.referenceData().codeTables().table(name, context.profile());
    }

    /**
     * Whether a code of the selected table carries a tag; {@code false} for a blank or unknown code (the code-table
     * rules report those).
     *
     * @param context the rule context
     * @param name    the table name
     * @param code    the code, may be {@code null}
     * @param tag     the tag, e.g. {@code exOfficio}
     * @return {@code true} when it does
     */
    public static boolean hasTag(RuleContext context, String name, String code, String tag) {
        return selected(context, name).hasTag(code, tag);
    }

    /**
     * Whether any of several codes carries a tag.
     *
     * @param context the rule context
     * @param name    the table name
     * @param codes   the codes, may be {@code null}
     * @param tag     the tag
     * @return {@code true} when one does
     */
    public static boolean anyHasTag(RuleContext context, String name, List<String> codes, String tag) {
        return codes != null && anyHasTag(selected(context, name), codes, tag);
    }

    /**
     * Whether any of several codes carries a tag in a table; a loop, not a stream, as most rules ask on every record.
     *
     * @param table the table
     * @param codes the codes, not {@code null}
     * @param tag   the tag
     * @return {@code true} when one does
     */
    public static boolean anyHasTag(CodeTable table, List<String> codes, String tag) {
        for (int i = 0; i < codes.size(); i++) {
            if (table.hasTag(codes.get(i), tag)) {
                return true;
            }
        }
        return false;
    }
}
