package org.matterstandards.core.rule.el;

import java.util.List;
import org.matterstandards.core.element.ClaimCheck;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRuleSet;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;

/**
 * Tier findings (要素分级校验, domain {@code EL}, 04xx cross-tier): a local implementation list checked against the
 * upstream list it claims from. They need two lists, so they are produced by {@link ClaimCheck} and
 * {@link TierFindings} (the SDK's {@code TierDiffer}, the CLI's {@code matter diff}), not by {@code matter validate},
 * which sees one list.
 *
 * <p>Texts are in the {@code el} bundle. None is locked: a province that routes, say, LOCKED changes through review
 * should rather reassign the element's mode in its profile ({@code element.KEY.mode}), but may also lower a severity.
 *
 * <p>No rule class reports these codes, so each is declared here once: a constant that {@link TierFindings} reports,
 * and its descriptor built from it.
 */
public final class TierRules extends AbstractRuleSet {

    /** A LOCKED element differs from upstream. */
    public static final String LOCKED_CHANGED = "EL-0401";
    /** A NARROW_ONLY element is wider than upstream. */
    public static final String WIDENED = "EL-0402";
    /** A NARROW_ONLY element is tighter than upstream (good practice). */
    public static final String NARROWED = "EL-0403";
    /** A NARROW_ONLY element changed in a way that cannot be judged; needs review and no review reference is given. */
    public static final String UNDECIDABLE_WITHOUT_REVIEW = "EL-0404";
    /** A REVIEW element changed and no review reference is given. */
    public static final String REVIEW_WITHOUT_REFERENCE = "EL-0405";
    /** A FILING element changed and no filing reference is given. */
    public static final String FILING_WITHOUT_REFERENCE = "EL-0406";
    /**
     * A statutory condition was removed or weakened (a 必要 material, a clause of 受理条件) and no review reference is
     * given: 行政许可法 art. 16, a lower tier cannot lower statutory conditions on its own.
     */
    public static final String LOWERED_WITHOUT_REVIEW = "EL-0407";
    /** A local item has no upstream item to claim. */
    public static final String NO_UPSTREAM = "EL-0411";
    /** An upstream item exercised at the local tier is not claimed (未认领). */
    public static final String UNCLAIMED = "EL-0412";
    /** A local item repeats an earlier one's identifier. */
    public static final String DUPLICATE = "EL-0413";
    /** A local item matches several upstream items. */
    public static final String AMBIGUOUS = "EL-0414";
    /** A local item claims from its own tier or a lower one. */
    public static final String NOT_FROM_HIGHER_TIER = "EL-0415";

    private static final String SOURCE = "要素分级分类管理 (seed: 汕政数通〔2021〕7号, text not found); 粤政数〔2023〕7号 "
            + "art. 3; domain-reference §5, §11.3, §11.6 [I]";
    private static final String SINCE = "0.1.0";

    private static final List<RuleDescriptor> DESCRIPTORS = List.of(
            rule(LOCKED_CHANGED, Severity.ERROR),
            rule(WIDENED, Severity.ERROR),
            rule(NARROWED, Severity.INFO),
            rule(UNDECIDABLE_WITHOUT_REVIEW, Severity.WARNING),
            rule(REVIEW_WITHOUT_REFERENCE, Severity.WARNING),
            rule(FILING_WITHOUT_REFERENCE, Severity.WARNING),
            RuleDescriptor.adjustable(LOWERED_WITHOUT_REVIEW, Severity.WARNING, Stage.LIST, SINCE,
                    "行政许可法 art. 16 (lower-level rules may specify, not lower, the conditions set by higher law); "
                    + SOURCE, RecordKind.IMPLEMENTATION_ITEM),
            rule(NO_UPSTREAM, Severity.WARNING),
            RuleDescriptor.adjustable(UNCLAIMED, Severity.WARNING, Stage.LIST, SINCE, SOURCE,
                    RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM),
            rule(DUPLICATE, Severity.ERROR),
            rule(AMBIGUOUS, Severity.WARNING),
            rule(NOT_FROM_HIGHER_TIER, Severity.WARNING));

    private static RuleDescriptor rule(String code, Severity severity) {
        return RuleDescriptor.adjustable(code, severity, Stage.LIST, SINCE, SOURCE, RecordKind.IMPLEMENTATION_ITEM);
    }

    /** Creates the set; the tier comparison (sdk) reports its codes. */
    public TierRules() {
        super("el", DESCRIPTORS);
    }
}
