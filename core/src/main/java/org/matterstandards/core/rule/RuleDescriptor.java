package org.matterstandards.core.rule;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.RecordKind;

/**
 * What a rule is (规则说明): its code, default severity, where it comes from and since which version it exists.
 * A rule class declares its own, with {@link #locked} or {@link #adjustable}, next to its check (docs/architecture.md,
 * "How a rule is declared").
 * Titles, messages and fix hints are in the message bundles under {@code CODE.title}, {@code CODE.message} and
 * {@code CODE.fix}, in zh-CN and en.
 *
 * @param code            {@code DOMAIN-NNNN}, never reused
 * @param defaultSeverity severity unless a profile overrides it
 * @param stage           the stage that produces the findings
 * @param appliesTo       the record kinds it checks (empty: any)
 * @param source          the standard, document or domain-reference section it comes from
 * @param since           the library version that introduced it
 * @param locked          {@code true} when no profile may change its severity or suppress it
 */
public record RuleDescriptor(
        String code,
        Severity defaultSeverity,
        Stage stage,
        Set<RecordKind> appliesTo,
        String source,
        String since,
        boolean locked) {

    private static final Pattern CODE = Pattern.compile("(SC|CD|CT|SM|PW|EL|IM|FL|SYS)-\\d{4}");

    /** Validates the components. */
    public RuleDescriptor {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code must look like SM-0101: " + code);
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(stage, "stage");
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(since, "since");
    }

    /**
     * A rule no profile may tune (锁定规则): a national must, or a structure every consumer relies on.
     *
     * @param code      the rule code, written here and nowhere else
     * @param severity  its severity
     * @param stage     the stage that reports it
     * @param since     the library version that introduced it
     * @param source    the standard, document or domain-reference section it comes from
     * @param appliesTo the record kinds it checks (none: any)
     * @return the descriptor
     */
    public static RuleDescriptor locked(String code, Severity severity, Stage stage, String since, String source,
                                        RecordKind... appliesTo) {
        return new RuleDescriptor(code, severity, stage, Set.of(appliesTo), source, since, true);
    }

    /**
     * A rule a profile may tune (可调整规则): change its severity, or suppress it with a reason.
     *
     * @param code      the rule code, written here and nowhere else
     * @param severity  its default severity
     * @param stage     the stage that reports it
     * @param since     the library version that introduced it
     * @param source    the standard, document or domain-reference section it comes from
     * @param appliesTo the record kinds it checks (none: any)
     * @return the descriptor
     */
    public static RuleDescriptor adjustable(String code, Severity severity, Stage stage, String since, String source,
                                            RecordKind... appliesTo) {
        return new RuleDescriptor(code, severity, stage, Set.of(appliesTo), source, since, false);
    }

    /** @return the domain part of the code, e.g. {@code SM} */
    public String domain() {
        return code.substring(0, code.indexOf('-'));
    }

    /** @return the bundle key of the title */
    public String titleKey() {
        return code + ".title";
    }

    /** @return the bundle key of the message */
    public String messageKey() {
        return code + ".message";
    }

    /** @return the bundle key of the fix hint */
    public String fixKey() {
        return code + ".fix";
    }

    /**
     * Whether the rule checks records of a kind.
     *
     * @param kind the record kind
     * @return {@code true} when it applies
     */
    public boolean appliesTo(RecordKind kind) {
        return appliesTo.isEmpty() || appliesTo.contains(kind);
    }
}
