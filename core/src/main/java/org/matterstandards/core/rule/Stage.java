package org.matterstandards.core.rule;

/**
 * The pipeline stage that produces a rule's findings (校验阶段), in the order they run on a record.
 *
 * <p>Public API, like {@link RuleDescriptor}: a descriptor names the stage that reports its code (an embedder's own
 * rule says {@link #RULE} or {@link #LIST}), and {@code ValidationResult.skippedStages()} lists the stages a record
 * did not reach because an earlier one found an error. New stages are added only at a major version.
 */
public enum Stage {
    /** Reading the input: malformed JSON, an unreadable row. */
    PARSE,
    /** JSON Schema: structure, types, formats. */
    SCHEMA,
    /** Binding to the model and its constraint annotations. */
    MODEL,
    /** Business rules on one record. */
    RULE,
    /** Checks across records or against another list (duplicates, links, upstream tiers). */
    LIST
}
