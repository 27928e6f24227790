package org.matterstandards.core.rule.cd;

import java.util.List;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.support.RecordRuleSet;
import org.matterstandards.core.rule.support.RuleDescriptors;

/**
 * Codes that must agree with each other and with the profile (编码一致性, domain {@code CD}, 02xx and 03xx): the parts
 * of a task code against the record's own elements, the catalog code's type segment against the task type, and
 * division codes against the profile's region. The code shapes themselves (CD-01xx) are checked by the model stage.
 */
public final class CodeConsistencyRules extends RecordRuleSet {

    /** Profile setting: whether Guangdong's 市本级 pseudo-codes ({@code xxxx99}) are accepted as division codes. */
    public static final String ACCEPT_PSEUDO_CODES = "divisions.acceptCityLevelPseudoCodes";

    /** A 市本级 pseudo division code under a profile that does not accept them. */
    public static final String PSEUDO_DIVISION = "CD-0201";
    /** A division, town or village code outside the profile's region. */
    public static final String OUTSIDE_REGION = "CD-0202";
    /** A division code of a province covered only by the profile's own table, missing from that table. */
    public static final String UNKNOWN_DIVISION = "CD-0203";
    /** The task code's credit-code segment is not the implementing body's credit code. */
    public static final String TASK_CODE_BODY = "CD-0301";
    /** The task code's level digit is not one of the use levels. */
    public static final String TASK_CODE_LEVEL = "CD-0302";
    /** The task code's catalog segment is not the catalog code. */
    public static final String TASK_CODE_CATALOG = "CD-0303";
    /** The catalog code's type segment is not the task type. */
    public static final String TYPE_SEGMENT = "CD-0304";
    /** The task code's level digit does not fit the tier of the body's division. */
    public static final String LEVEL_AREA = "CD-0305";
    /** The handle-item code does not extend the task code. */
    public static final String HANDLE_ITEM = "CD-0306";

    private static final String TASK_CODE_SOURCE = "GB/T 39554.1-2020; domain-reference §1.3 (实施编码 = 统一社会信用代码 "
            + "18 + 行使层级 1 + 基本编码 12, verified on 8 real codes)";
    private static final RecordKind[] WITH_TASK_CODE = {RecordKind.IMPLEMENTATION_ITEM, RecordKind.POWER_ITEM};
    private static final RecordKind[] WITH_CATALOG_CODE =
            {RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM, RecordKind.POWER_ITEM};

    static final RuleDescriptor PSEUDO_DIVISION_RULE = RuleDescriptors.locked(PSEUDO_DIVISION, Severity.ERROR,
            "GB/T 2260; domain-reference §6.3 (440599 汕头市市本级 is a Guangdong system value, not GB/T 2260), §9.1",
            WITH_CATALOG_CODE);
    static final RuleDescriptor OUTSIDE_REGION_RULE = RuleDescriptors.adjustable(OUTSIDE_REGION, Severity.ERROR,
            "GB/T 2260; profile region (docs/profiles.md); domain-reference §6.3", WITH_CATALOG_CODE);
    static final RuleDescriptor UNKNOWN_DIVISION_RULE = RuleDescriptors.locked(UNKNOWN_DIVISION, Severity.ERROR,
            "GB/T 2260; the profile's own division table (reference.divisions, docs/profiles.md)", WITH_CATALOG_CODE);
    static final RuleDescriptor TASK_CODE_BODY_RULE = RuleDescriptors.locked(TASK_CODE_BODY, Severity.ERROR,
            TASK_CODE_SOURCE + ", rule 2", WITH_TASK_CODE);
    static final RuleDescriptor TASK_CODE_LEVEL_RULE = RuleDescriptors.locked(TASK_CODE_LEVEL, Severity.ERROR,
            TASK_CODE_SOURCE + ", rule 3", WITH_TASK_CODE);
    static final RuleDescriptor TASK_CODE_CATALOG_RULE = RuleDescriptors.locked(TASK_CODE_CATALOG, Severity.ERROR,
            TASK_CODE_SOURCE + ", rule 4", WITH_TASK_CODE);
    static final RuleDescriptor TYPE_SEGMENT_RULE = RuleDescriptors.locked(TYPE_SEGMENT, Severity.ERROR,
            "domain-reference §1.2 (基本编码 positions 3-4 equal TASK_TYPE in every sample)", WITH_CATALOG_CODE);
    static final RuleDescriptor LEVEL_AREA_RULE = RuleDescriptors.adjustable(LEVEL_AREA, Severity.WARNING,
            "domain-reference §1.3 (level digit = the body's own exercise level), §1.6 行使层级", WITH_TASK_CODE);
    static final RuleDescriptor HANDLE_ITEM_RULE = RuleDescriptors.locked(HANDLE_ITEM, Severity.ERROR,
            "domain-reference §1.4, §11.6 (业务办理项编码 = 实施编码 + 2 digits)", RecordKind.IMPLEMENTATION_ITEM);

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
