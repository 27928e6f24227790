package org.matterstandards.core.rule;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.constraint.MaxLength;
import org.matterstandards.core.model.constraint.Range;
import org.matterstandards.core.model.constraint.Required;

/**
 * Structural findings (结构校验, domain {@code SC}): the same codes whether the JSON Schema stage or the model stage
 * finds the problem, so both stages speak one language and can be compared. The descriptors name the schema stage,
 * which reports them on the default path; with the schema stage switched off the model stage reports the same codes.
 *
 * <p>No rule class reports these codes, so each is declared here once: a compile-time constant (the stages switch on
 * it), or the model constraint's own ({@link Required#CODE}), and its descriptor built from it.
 */
public final class StructureRules extends AbstractRuleSet {

    /** Where these rules come from. */
    static final String SOURCE = "national data-exchange tables (domain-reference §1.5, §2); JSON Schema 2020-12";
    static final String SINCE = "0.1.0";

    /** Input is not well-formed JSON (a broken NDJSON line, a truncated array). */
    public static final String MALFORMED_JSON = "SC-0001";
    /** An input element is not a JSON object. */
    public static final String NOT_AN_OBJECT = "SC-0002";
    /** The record kind could not be determined. */
    public static final String UNKNOWN_KIND = "SC-0003";
    /**
     * A record beyond a reading limit (nesting depth, record size, entries of a list, text length): the record, or
     * the value, is not checked further. The limits are data (sdk {@code input-limits.properties}), see
     * docs/reliability.md.
     */
    public static final String LIMIT_EXCEEDED = "SC-0004";
    /** A text holding a character no system can store or show (NUL, a control character, a lone surrogate). */
    public static final String INVALID_CHARACTER = "SC-0005";
    /** A required element is missing or empty. */
    public static final String REQUIRED = Required.CODE;
    /** A value has the wrong JSON type or format. */
    public static final String WRONG_TYPE = "SC-0102";
    /** An element the standard does not define. */
    public static final String UNKNOWN_ELEMENT = "SC-0103";
    /** Text longer than the exchange column. */
    public static final String TOO_LONG = MaxLength.CODE;
    /** A value does not match the required pattern. */
    public static final String PATTERN = "SC-0105";
    /** A number outside its allowed range. */
    public static final String OUT_OF_RANGE = Range.CODE;
    /** A value not among the allowed values. */
    public static final String NOT_ALLOWED_VALUE = "SC-0107";

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(
            rule(MALFORMED_JSON, Stage.PARSE),
            rule(NOT_AN_OBJECT, Stage.PARSE),
            rule(UNKNOWN_KIND, Stage.PARSE),
            reading(LIMIT_EXCEEDED),
            reading(INVALID_CHARACTER),
            rule(REQUIRED, Stage.SCHEMA),
            rule(WRONG_TYPE, Stage.SCHEMA),
            RuleDescriptor.adjustable(UNKNOWN_ELEMENT, Severity.WARNING, Stage.SCHEMA, SINCE, SOURCE),
            rule(TOO_LONG, Stage.SCHEMA),
            rule(PATTERN, Stage.SCHEMA),
            rule(OUT_OF_RANGE, Stage.SCHEMA),
            rule(NOT_ALLOWED_VALUE, Stage.SCHEMA));

    /** The reading checks are the library's own guards, not national figures (docs/reliability.md). */
    private static RuleDescriptor reading(String code) {
        return RuleDescriptor.locked(code, Severity.ERROR, Stage.PARSE, SINCE,
                "matter-standards reading limits (sdk input-limits.properties, docs/reliability.md)");
    }

    private static RuleDescriptor rule(String code, Stage stage) {
        // Structure is what every consumer relies on: a province cannot relax it.
        return RuleDescriptor.locked(code, Severity.ERROR, stage, SINCE, SOURCE);
    }

    /** Creates the set; the schema and model stages report its codes. */
    public StructureRules() {
        super("sc", DESCRIPTORS);
    }
}
