package org.matterstandards.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Base class for rule sets (规则集基类): holds the id, the descriptors and the rules, so that a domain's rule set
 * only declares them. Immutable when its rules are.
 */
public abstract class AbstractRuleSet implements RuleSet {

    private final String id;
    private final List<RuleDescriptor> descriptors;
    private final List<RecordRule<?>> recordRules;
    private final List<ListRule> listRules;

    /**
     * A set of codes reported by other stages or components (schema, model, tier comparison), without rules of its
     * own.
     *
     * @param id          the set's stable id, e.g. {@code sc}
     * @param descriptors the descriptors of every code of the set
     */
    protected AbstractRuleSet(String id, List<RuleDescriptor> descriptors) {
        this(id, descriptors, List.of(), List.of());
    }

    /**
     * A set whose descriptors are those of its rules (the built-in style: each rule declares its own descriptor): a
     * rule registered for several kinds shares one descriptor, listed once.
     *
     * @param id          the set's stable id, e.g. {@code im}
     * @param recordRules the record rules, in the order they run
     * @param listRules   the rules across records, in the order they run
     */
    protected AbstractRuleSet(String id, List<RecordRule<?>> recordRules, List<ListRule> listRules) {
        this(id, Stream.concat(recordRules.stream(), listRules.stream()).map(Rule::descriptor).distinct().toList(),
                recordRules, listRules);
    }

    /**
     * A set with record and list rules and the descriptors listed apart, which may add codes other components
     * report.
     *
     * @param id          the set's stable id, e.g. {@code im}
     * @param descriptors the descriptors of every code of the set, including those of its rules
     * @param recordRules the record rules, in the order they run
     * @param listRules   the rules across records, in the order they run
     * @throws IllegalArgumentException when a rule's descriptor is not among the descriptors
     */
    protected AbstractRuleSet(String id, List<RuleDescriptor> descriptors, List<RecordRule<?>> recordRules,
                              List<ListRule> listRules) {
        this.id = Objects.requireNonNull(id, "id");
        this.descriptors = List.copyOf(descriptors);
        this.recordRules = List.copyOf(recordRules);
        this.listRules = List.copyOf(listRules);
        Set<RuleDescriptor> declared = Set.copyOf(this.descriptors);
        Stream.concat(this.recordRules.stream(), this.listRules.stream())
                .map(Rule::descriptor)
                .filter(descriptor -> !declared.contains(descriptor))
                .findFirst()
                .ifPresent(descriptor -> {
                    throw new IllegalArgumentException("rule set " + id + " runs " + descriptor.code()
                            + " without declaring it");
                });
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
        return recordRules;
    }

    @Override
    public final List<ListRule> listRules() {
        return listRules;
    }
}
