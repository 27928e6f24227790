package org.matterstandards.core.internal.rule.cd;

import java.util.List;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.internal.rule.RecordRuleSet;

/**
 * Codes that must agree with each other and with the profile (编码一致性, domain {@code CD}, 02xx and 03xx): the parts
 * of a task code against the record's own elements, the catalog code's type segment against the task type, and
 * division codes against the profile's region. The code shapes themselves (CD-01xx) are checked by the model stage.
 *
 * <p>This class only lists the rules, so it reads as the domain's index: each rule class of this package declares its
 * own descriptor next to its check, and one instance is registered per record kind it checks.
 */
public final class CodeConsistencyRules extends RecordRuleSet {

    /** Profile setting: whether Guangdong's 市本级 pseudo-codes ({@code xxxx99}) are accepted as division codes. */
    public static final String ACCEPT_PSEUDO_CODES = "divisions.acceptCityLevelPseudoCodes";

    /** Citation of the task-code rules (a compile-time constant, so no rule waits for this class). */
    static final String TASK_CODE_SOURCE = "GB/T 39554.1-2020; domain-reference §1.3 (实施编码 = 统一社会信用代码 "
            + "18 + 行使层级 1 + 基本编码 12, verified on 8 real codes)";

    private static final List<RecordRule<?>> RULES = List.of(
            new PseudoDivisionRule<>(ImplementationItem.class),
            new PseudoDivisionRule<>(CatalogItem.class),
            new PseudoDivisionRule<>(PowerItem.class),
            new RegionRule<>(ImplementationItem.class, false),
            new RegionRule<>(CatalogItem.class, true),
            new RegionRule<>(PowerItem.class, false),
            new UnknownDivisionRule<>(ImplementationItem.class),
            new UnknownDivisionRule<>(CatalogItem.class),
            new UnknownDivisionRule<>(PowerItem.class),
            new TaskCodeBodyRule<>(ImplementationItem.class),
            new TaskCodeBodyRule<>(PowerItem.class),
            new TaskCodeLevelRule<>(ImplementationItem.class),
            new TaskCodeLevelRule<>(PowerItem.class),
            new TaskCodeCatalogRule<>(ImplementationItem.class),
            new TaskCodeCatalogRule<>(PowerItem.class),
            new TypeSegmentRule<>(ImplementationItem.class),
            new TypeSegmentRule<>(CatalogItem.class),
            new TypeSegmentRule<>(PowerItem.class),
            new LevelAreaRule<>(ImplementationItem.class),
            new LevelAreaRule<>(PowerItem.class),
            new HandleItemRule());

    /** Creates the set; its rules are stateless and shared. */
    public CodeConsistencyRules() {
        super("cd-consistency", RULES);
    }
}
