package org.matterstandards.core.internal.rule.pw;

import static org.matterstandards.core.model.RecordKind.POWER_ITEM;

import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.RecordRuleSet;
import org.matterstandards.core.internal.rule.CodedValueRule;
import org.matterstandards.core.internal.rule.OwnerSegmentRule;
import org.matterstandards.core.internal.rule.RequiredElementRule;

/**
 * Rules for power-list entries (权责清单事项, domain {@code PW}): one of the ten power categories (职权类型) of
 * 中办发〔2015〕21号, coded values, the code formats shared with implementation items (CD-03xx), and the elements
 * every Guangdong power carries: 责任事项, 问责依据, 监督方式 (粤府函〔2017〕15号).
 *
 * <p>This class only lists the rules, so it reads as the domain's index: a rule class of this package declares its own
 * descriptor next to its check. The one exception is a shared, parameterised class of {@code core.internal.rule}: one
 * class serves many codes, so its descriptor is written here, where it is instantiated, once.
 */
public final class PowerItemRules extends RecordRuleSet {

    private static final String GUANGDONG_LIST = "粤府函〔2017〕15号 (each power records 责任事项、问责依据、监督方式); "
            + "domain-reference §3.1, §3.3";
    private static final String CODE_TABLES = "domain-reference §1.6, code table ";

    private static final List<RecordRule<?>> RULES = List.of(
            new RequiredElementRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0101", Severity.ERROR, Stage.RULE,
                    "0.1.0", GUANGDONG_LIST, POWER_ITEM), "responsibility", PowerItem::responsibility),
            new RequiredElementRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0102", Severity.ERROR, Stage.RULE,
                    "0.1.0", GUANGDONG_LIST, POWER_ITEM), "accountability", PowerItem::accountability),
            new RequiredElementRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0103", Severity.WARNING,
                    Stage.RULE, "0.1.0", GUANGDONG_LIST, POWER_ITEM), "superviseWay", PowerItem::superviseWay),
            new RequiredElementRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0104", Severity.WARNING,
                    Stage.RULE, "0.1.0", "domain-reference §3.3 (权力来源 is an element of a 权责清单 entry)", POWER_ITEM),
                    "powerSource", PowerItem::powerSource),
            new RequiredElementRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0105", Severity.WARNING,
                    Stage.RULE, "0.1.0", "domain-reference §3.3 (实施主体), §6.1 (统一社会信用代码)", POWER_ITEM),
                    "deptCode", PowerItem::deptCode),
            new CodedValueRule<>(PowerItem.class, RuleDescriptor.locked("PW-0201", Severity.ERROR, Stage.RULE, "0.1.0",
                    "中办发〔2015〕21号 (ten power categories); 粤府函〔2017〕15号; domain-reference §3.1, §1.6", POWER_ITEM),
                    Tags.POWER, List.of(
                    CodedValueRule.Element.single(CodeTables.TASK_TYPE, "taskType", PowerItem::taskType))),
            CodedValueRule.shared(PowerItem.class, RuleDescriptor.locked("PW-0202", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "行使层级", POWER_ITEM), CodeTables.USE_LEVEL),
            CodedValueRule.shared(PowerItem.class, RuleDescriptor.adjustable("PW-0203", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "权力来源", POWER_ITEM), CodeTables.POWER_SOURCE),
            CodedValueRule.shared(PowerItem.class, RuleDescriptor.adjustable("PW-0204", Severity.ERROR, Stage.RULE,
                    "0.1.0", CODE_TABLES + "事项状态", POWER_ITEM), CodeTables.TASK_STATE),
            CodedValueRule.shared(PowerItem.class, RuleDescriptor.adjustable("PW-0205", Severity.ERROR, Stage.RULE,
                    "0.1.0", "code table lawLevel (设定依据效力层级); domain-reference §11.6", POWER_ITEM),
                    CodeTables.LAW_LEVEL),
            new OwnerSegmentRule<>(PowerItem.class, RuleDescriptor.adjustable("PW-0301", Severity.WARNING, Stage.RULE,
                    "0.1.0", "domain-reference §1.2 (基本编码 positions 1-2; 440289876000 is a Guangdong 权责清单 code)",
                    POWER_ITEM)));

    /** Creates the set; its rules are stateless and shared. */
    public PowerItemRules() {
        super("pw", RULES);
    }
}
