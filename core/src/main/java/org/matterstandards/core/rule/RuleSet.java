package org.matterstandards.core.rule;

import java.util.List;

/**
 * A named group of rules (规则集), usually one domain. It lists the descriptors of every code it can produce,
 * including codes produced by the schema and model stages, and the record and list rules it runs.
 */
public interface RuleSet {

    /** @return a short stable id, e.g. {@code sm} */
    String id();

    /** @return the descriptors of every code of this set */
    List<RuleDescriptor> descriptors();

    /** @return the record rules to run in the rule stage (none by default) */
    default List<RecordRule<?>> recordRules() {
        return List.of();
    }

    /** @return the rules across records to run after every record was read (none by default) */
    default List<ListRule> listRules() {
        return List.of();
    }
}
