package org.matterstandards.core.internal.rule;

import java.util.List;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.RecordRule;

/**
 * A rule set made of record rules only (记录规则集), whose descriptors are those of its rules: a rule registered for
 * several kinds shares one descriptor, listed once.
 */
public abstract class RecordRuleSet extends AbstractRuleSet {

    /**
     * @param id    the set's stable id, e.g. {@code sm}
     * @param rules the rules, in the order they run
     */
    protected RecordRuleSet(String id, List<RecordRule<?>> rules) {
        super(id, rules, List.of());
    }
}
