package org.matterstandards.core.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.finding.SourceLocation;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.core.profile.Profile;

/**
 * Turns a reported code into a {@link Finding} (发现生成): looks up the rule, applies the profile's severity
 * override, renders the message in the validator's locale, and tells whether the profile suppresses it. The
 * severity and message key of every code are settled once, here, not per finding. Immutable and thread-safe.
 */
public final class FindingFactory {

    /** What a finding of one code needs that does not depend on the record: its severity and message key. */
    private record Kind(Severity severity, String messageKey) {
    }

    private final RuleCatalog catalog;
    private final Map<String, Kind> kinds;
    private final List<Suppression> suppressions;
    private final Messages messages;

    /**
     * @param catalog  the rule catalogue; reporting an unknown code is a programming error
     * @param profile  the effective profile, already checked with {@link RuleCatalog#checkProfile(Profile)}
     * @param messages the messages of the output locale
     */
    public FindingFactory(RuleCatalog catalog, Profile profile, Messages messages) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(profile, "profile");
        // Merged along the profile chain once here, not once per finding.
        Map<String, Severity> severityOverrides = profile.severityOverrides();
        Map<String, Kind> byCode = new HashMap<>();
        for (RuleDescriptor descriptor : catalog.descriptors()) {
            byCode.put(descriptor.code(), kindOf(descriptor, severityOverrides));
        }
        this.kinds = Map.copyOf(byCode);
        this.suppressions = profile.suppressions();
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** @return the messages used to render findings */
    public Messages messages() {
        return messages;
    }

    /** @return the rule catalogue */
    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * Creates a finding.
     *
     * @param code        rule code
     * @param pointer     JSON Pointer
     * @param recordIndex 0-based record index
     * @param recordId    record identifier or {@code null}
     * @param arguments   named message arguments
     * @param location    source location or {@code null}
     * @return the finding with its effective severity and rendered message
     * @throws IllegalArgumentException for a code no rule set declares
     */
    public Finding create(String code, String pointer, long recordIndex, String recordId,
                          Map<String, ?> arguments, SourceLocation location) {
        Kind kind = kinds.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("no rule set declares code " + code);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        return new Finding(code, kind.severity(), pointer, recordIndex, recordId, kind.messageKey(), args,
                messages.format(kind.messageKey(), arguments), location);
    }

    private static Kind kindOf(RuleDescriptor descriptor, Map<String, Severity> severityOverrides) {
        Severity severity = descriptor.locked()
                ? descriptor.defaultSeverity()
                : severityOverrides.getOrDefault(descriptor.code(), descriptor.defaultSeverity());
        return new Kind(severity, descriptor.messageKey());
    }

    /**
     * The profile's suppression that covers a finding, if any.
     *
     * @param finding the finding
     * @return the suppression, or empty when the finding stands
     */
    public Optional<Suppression> suppression(Finding finding) {
        for (int i = 0; i < suppressions.size(); i++) {     // per finding: no iterator
            Suppression suppression = suppressions.get(i);
            if (suppression.covers(finding.code(), finding.pointer())) {
                return Optional.of(suppression);
            }
        }
        return Optional.empty();
    }
}
