package org.matterstandards.core.builtin;

import java.util.List;
import org.matterstandards.core.history.HistoryRules;
import org.matterstandards.core.intermediary.FilingRules;
import org.matterstandards.core.intermediary.IntermediaryRules;
import org.matterstandards.core.rule.CodeFormatRules;
import org.matterstandards.core.rule.InputRules;
import org.matterstandards.core.rule.RuleCatalog;
import org.matterstandards.core.rule.RuleSet;
import org.matterstandards.core.rule.StructureRules;
import org.matterstandards.core.rule.SystemRules;
import org.matterstandards.core.internal.rule.cd.CodeConsistencyRules;
import org.matterstandards.core.internal.rule.ct.CatalogItemRules;
import org.matterstandards.core.rule.el.TierRules;
import org.matterstandards.core.internal.rule.pw.PowerItemRules;
import org.matterstandards.core.internal.rule.sm.ImplementationItemRules;

/** The rule sets that ship with the library (内置规则集), in the order they run. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** @return the built-in rule sets */
    public static List<RuleSet> ruleSets() {
        return List.of(
                new StructureRules(),
                new InputRules(),
                new CodeFormatRules(),
                new IntermediaryRules(),
                new FilingRules(),
                new CodeConsistencyRules(),
                new ImplementationItemRules(),
                new CatalogItemRules(),
                new PowerItemRules(),
                new TierRules(),
                new HistoryRules(),
                new SystemRules());
    }

    /** @return a catalogue of the built-in rule sets */
    public static RuleCatalog catalog() {
        return RuleCatalog.of(ruleSets());
    }
}
