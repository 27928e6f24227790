package org.matterstandards.core.rule;

import java.util.Arrays;
import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.code.CodeKind;

/**
 * Code shape and check-digit findings (编码校验, domain {@code CD}, 01xx): one code per {@link CodeKind}, produced
 * by the schema stage's code formats, or by the model stage's {@code @CodeFormat} constraints when the schema stage
 * is switched off.
 */
public final class CodeFormatRules extends AbstractRuleSet {

    private static final String SOURCE =
            "GB 32100-2015, GB 11714, GB/T 2260, GB/T 39554.1-2020 (domain-reference §1.2-§1.4, §6)";

    private static final List<RuleDescriptor> DESCRIPTORS = Arrays.stream(CodeKind.values())
            .map(kind -> RuleDescriptor.locked(findingCode(kind), Severity.ERROR, Stage.SCHEMA, StructureRules.SINCE,
                    SOURCE))
            .toList();

    /**
     * The finding code of an invalid code of a kind.
     *
     * @param kind the code kind
     * @return {@code CD-0101} … {@code CD-0107}
     */
    public static String findingCode(CodeKind kind) {
        // Spelled out, not derived from the enum order: codes are never renumbered.
        return switch (kind) {
            case USCC -> "CD-0101";
            case ORGANIZATION_CODE -> "CD-0102";
            case CATALOG_CODE -> "CD-0103";
            case TASK_CODE -> "CD-0104";
            case HANDLE_ITEM_CODE -> "CD-0105";
            case CASE_NUMBER -> "CD-0106";
            case DIVISION_CODE -> "CD-0107";
        };
    }

    /** Creates the set; the schema and model stages report its codes. */
    public CodeFormatRules() {
        super("cd-format", DESCRIPTORS);
    }
}
