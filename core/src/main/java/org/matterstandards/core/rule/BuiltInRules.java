package org.matterstandards.core.rule;

import java.util.List;

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
                new SystemRules());
    }

    /** @return a catalogue of the built-in rule sets */
    public static RuleCatalog catalog() {
        return RuleCatalog.of(ruleSets());
    }
}
