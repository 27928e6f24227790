package org.matterstandards.core.rule;

/** A rule (校验规则): anything that can produce findings of one code. */
public interface Rule {

    /** @return what the rule is */
    RuleDescriptor descriptor();
}
