package org.matterstandards.core.rule.support;

import java.util.List;
import java.util.Objects;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.Rule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.RuleSet;

/**
 * A rule set made of record rules only (记录规则集), whose descriptors are those of its rules: a rule registered for
 * several kinds shares one descriptor, listed once.
 */
public abstract class RecordRuleSet implements RuleSet {

    private final String id;
    private final List<RecordRule<?>> rules;
    private final List<RuleDescriptor> descriptors;

    /**
     * @param id    the set's stable id, e.g. {@code sm}
     * @param rules the rules, in the order they run
     */
    protected RecordRuleSet(String id, List<RecordRule<?>> rules) {
        this.id = Objects.requireNonNull(id, "id");
        this.rules = List.copyOf(rules);
        this.descriptors = this.rules.stream().map(Rule::descriptor).distinct().toList();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    @Override
    public final List<RecordRule<?>> recordRules() {
        return rules;
    }
}
