package org.matterstandards.core.rule.pw;

import static org.matterstandards.core.model.RecordKind.POWER_ITEM;

import java.util.List;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.codetable.Tags;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.rule.RecordRule;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.support.RecordRuleSet;
import org.matterstandards.core.rule.support.CodedValueRule;
import org.matterstandards.core.rule.support.ElementValue;
import org.matterstandards.core.rule.support.OwnerSegmentRule;
import org.matterstandards.core.rule.support.RequiredElementRule;
import org.matterstandards.core.rule.support.RuleDescriptors;

/**
 * Rules for power-list entries (权责清单事项, domain {@code PW}): one of the ten power categories (职权类型) of
 * 中办发〔2015〕21号, coded values, the code formats shared with implementation items (CD-03xx), and the elements
 * every Guangdong power carries: 责任事项, 问责依据, 监督方式 (粤府函〔2017〕15号).
 */
public final class PowerItemRules extends RecordRuleSet {

    private static final String GUANGDONG_LIST = "粤府函〔2017〕15号 (each power records 责任事项、问责依据、监督方式); "
            + "domain-reference §3.1, §3.3";
    private static final String CODE_TABLES = "domain-reference §1.6, code table ";

    static final RuleDescriptor RESPONSIBILITY = RuleDescriptors.adjustable("PW-0101", Severity.ERROR,
            GUANGDONG_LIST, POWER_ITEM);
    static final RuleDescriptor ACCOUNTABILITY = RuleDescriptors.adjustable("PW-0102", Severity.ERROR,
            GUANGDONG_LIST, POWER_ITEM);
    static final RuleDescriptor SUPERVISE_WAY = RuleDescriptors.adjustable("PW-0103", Severity.WARNING,
            GUANGDONG_LIST, POWER_ITEM);
    static final RuleDescriptor POWER_SOURCE = RuleDescriptors.adjustable("PW-0104", Severity.WARNING,
            "domain-reference §3.3 (权力来源 is an element of a 权责清单 entry)", POWER_ITEM);
    static final RuleDescriptor DEPT_CODE = RuleDescriptors.adjustable("PW-0105", Severity.WARNING,
            "domain-reference §3.3 (实施主体), §6.1 (统一社会信用代码)", POWER_ITEM);
    static final RuleDescriptor POWER_CATEGORY = RuleDescriptors.locked("PW-0201", Severity.ERROR,
            "中办发〔2015〕21号 (ten power categories); 粤府函〔2017〕15号; domain-reference §3.1, §1.6", POWER_ITEM);
    static final RuleDescriptor USE_LEVEL_CODE = RuleDescriptors.locked("PW-0202", Severity.ERROR,
            CODE_TABLES + "行使层级", POWER_ITEM);
    static final RuleDescriptor POWER_SOURCE_CODE = RuleDescriptors.adjustable("PW-0203", Severity.ERROR,
            CODE_TABLES + "权力来源", POWER_ITEM);
    static final RuleDescriptor TASK_STATE_CODE = RuleDescriptors.adjustable("PW-0204", Severity.ERROR,
            CODE_TABLES + "事项状态", POWER_ITEM);
    static final RuleDescriptor LAW_LEVEL_CODE = RuleDescriptors.adjustable("PW-0205", Severity.ERROR,
            "code table lawLevel (设定依据效力层级); domain-reference §11.6", POWER_ITEM);
    static final RuleDescriptor OWNER_SEGMENT = RuleDescriptors.adjustable("PW-0301", Severity.WARNING,
            "domain-reference §1.2 (基本编码 positions 1-2; 440289876000 is a Guangdong 权责清单 code)", POWER_ITEM);

    private static final List<RecordRule<?>> RULES = List.of(
            new RequiredElementRule<>(PowerItem.class, RESPONSIBILITY, "responsibility", PowerItem::responsibility),
            new RequiredElementRule<>(PowerItem.class, ACCOUNTABILITY, "accountability", PowerItem::accountability),
            new RequiredElementRule<>(PowerItem.class, SUPERVISE_WAY, "superviseWay", PowerItem::superviseWay),
            new RequiredElementRule<>(PowerItem.class, POWER_SOURCE, "powerSource", PowerItem::powerSource),
            new RequiredElementRule<>(PowerItem.class, DEPT_CODE, "deptCode", PowerItem::deptCode),
            new CodedValueRule<>(PowerItem.class, POWER_CATEGORY, Tags.POWER, List.of(new CodedValueRule.Element<>(
                    CodeTables.TASK_TYPE, item -> ElementValue.of("taskType", item.taskType())))),
            CodedValueRule.shared(PowerItem.class, USE_LEVEL_CODE, CodeTables.USE_LEVEL),
            CodedValueRule.shared(PowerItem.class, POWER_SOURCE_CODE, CodeTables.POWER_SOURCE),
            CodedValueRule.shared(PowerItem.class, TASK_STATE_CODE, CodeTables.TASK_STATE),
            CodedValueRule.shared(PowerItem.class, LAW_LEVEL_CODE, CodeTables.LAW_LEVEL),
            new OwnerSegmentRule<>(PowerItem.class, OWNER_SEGMENT));

    /** Creates the set; its rules are stateless and shared. */
    public PowerItemRules() {
        super("pw", RULES);
    }
}
