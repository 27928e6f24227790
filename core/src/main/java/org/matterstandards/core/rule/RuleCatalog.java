package org.matterstandards.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.profile.Profile;

/**
 * Every rule the validator knows (规则目录), from built-in and embedder-supplied rule sets. Immutable and
 * thread-safe. Two rules may never share a code.
 */
public final class RuleCatalog {

    private final List<RuleSet> ruleSets;
    private final Map<String, RuleDescriptor> byCode;
    private final List<RecordRule<?>> recordRules;
    private final List<ListRule> listRules;

    private RuleCatalog(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        Map<String, RuleDescriptor> codes = new TreeMap<>();
        List<RecordRule<?>> rules = new ArrayList<>();
        List<ListRule> lists = new ArrayList<>();
        for (RuleSet set : ruleSets) {
            for (RuleDescriptor descriptor : set.descriptors()) {
                RuleDescriptor previous = codes.putIfAbsent(descriptor.code(), descriptor);
                if (previous != null && previous != descriptor) {
                    throw new IllegalStateException("rule code " + descriptor.code() + " is declared twice (rule set "
                            + set.id() + ")");
                }
            }
            for (RecordRule<?> rule : set.recordRules()) {
                if (codes.get(rule.descriptor().code()) != rule.descriptor()) {
                    throw new IllegalStateException("rule " + rule.descriptor().code() + " of rule set " + set.id()
                            + " is not among the set's descriptors");
                }
                rules.add(rule);
            }
            for (ListRule rule : set.listRules()) {
                if (codes.get(rule.descriptor().code()) != rule.descriptor()) {
                    throw new IllegalStateException("list rule " + rule.descriptor().code() + " of rule set "
                            + set.id() + " is not among the set's descriptors");
                }
                lists.add(rule);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.recordRules = List.copyOf(rules);
        this.listRules = List.copyOf(lists);
    }

    /**
     * A catalogue of the given rule sets.
     *
     * @param ruleSets the rule sets
     * @return the catalogue
     * @throws IllegalStateException when two descriptors share a code
     */
    public static RuleCatalog of(List<? extends RuleSet> ruleSets) {
        return new RuleCatalog(List.copyOf(ruleSets));
    }

    /** @return the rule sets, in registration order */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /** @return every descriptor, sorted by code */
    public List<RuleDescriptor> descriptors() {
        return List.copyOf(byCode.values());
    }

    /**
     * The descriptor of a code.
     *
     * @param code a rule code
     * @return its descriptor, or empty when unknown
     */
    public Optional<RuleDescriptor> descriptor(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The record rules for a kind, in registration order.
     *
     * @param kind the record kind
     * @return the rules whose model type is that kind's
     */
    public List<RecordRule<?>> recordRules(RecordKind kind) {
        List<RecordRule<?>> result = new ArrayList<>();
        for (RecordRule<?> rule : recordRules) {
            if (rule.recordType() == kind.modelType()) {
                result.add(rule);
            }
        }
        return result;
    }

    /** @return the rules across records, in registration order */
    public List<ListRule> listRules() {
        return listRules;
    }

    /**
     * Runs one record rule on a record; the cast is safe because rules are selected by model type.
     *
     * @param rule    the rule
     * @param record  the record
     * @param context the rule context
     */
    @SuppressWarnings("unchecked")
    public static void run(RecordRule<?> rule, MatterRecord record, RuleContext context) {
        ((RecordRule<MatterRecord>) rule).check(record, context);
    }

    /**
     * Checks that a profile's severity overrides and suppressions name known, unlocked rules.
     *
     * @param profile the profile to check
     * @throws MatterException naming the profile and the rule when an override or suppression is refused
     */
    public void checkProfile(Profile profile) {
        profile.severityOverrides().forEach((code, severity) -> requireChangeable(profile, code));
        for (Suppression suppression : profile.suppressions()) {
            requireChangeable(profile, suppression.code());
        }
    }

    private void requireChangeable(Profile profile, String code) {
        RuleDescriptor descriptor = byCode.get(code);
        if (descriptor == null) {
            throw new MatterException("profile.unknownRule", Args.of("profile", profile.name(), "code", code));
        }
        if (descriptor.locked()) {
            throw new MatterException("profile.lockedRule", Args.of("profile", profile.name(), "code", code));
        }
    }
}
