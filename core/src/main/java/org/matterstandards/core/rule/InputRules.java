package org.matterstandards.core.rule;

import java.util.List;
import org.matterstandards.core.finding.Severity;

/**
 * Findings of the input adapters (输入转换, domain {@code SC}, range {@code 02xx}): values of exchange rows, CSV and
 * XLSX lists that cannot be turned into the canonical form. The adapter drops such a value, reports it on its
 * element with the cell it came from, and the rest of the record is still validated.
 *
 * <p>A value whose exchange form equals its canonical form (a day count, a text) is not converted at all: it passes
 * through and the model stage judges it exactly as it would in canonical JSON, so that the same data gives the same
 * findings in every format. Only encodings that differ from the canonical one (是否 flags as {@code 1/0}, lists as
 * {@code "1,2"}, exchange date-times) and spreadsheet cells without a usable value get these codes.
 */
public final class InputRules implements RuleSet {

    static final String SOURCE = "national data-exchange value conventions (domain-reference §1.5, §1.6, §2)";

    /** An exchange-style value (flag, list, date) that cannot be converted to its canonical form. */
    public static final String UNCONVERTIBLE_VALUE = "SC-0201";
    /** A spreadsheet cell without a usable value: an Excel error (#N/A, #REF! …) or a formula never calculated. */
    public static final String UNUSABLE_CELL = "SC-0202";

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(
            rule(UNCONVERTIBLE_VALUE),
            rule(UNUSABLE_CELL));

    private static RuleDescriptor rule(String code) {
        // Like every structure code: a value the validator cannot read blocks the upload, whatever the province.
        return RuleDescriptor.locked(code, Severity.ERROR, Stage.PARSE, StructureRules.SINCE, SOURCE);
    }

    @Override
    public String id() {
        return "io";
    }

    @Override
    public List<RuleDescriptor> descriptors() {
        return DESCRIPTORS;
    }
}
