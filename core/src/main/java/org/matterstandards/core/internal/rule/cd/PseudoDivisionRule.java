package org.matterstandards.core.internal.rule.cd;

import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.SharedElementRule;
import org.matterstandards.core.internal.rule.SharedElements;

/**
 * CD-0201: a Guangdong 市本级 pseudo-code ({@code xxxx99}, e.g. 440599) is accepted as 行政区划代码 only when the
 * profile says {@code divisions.acceptCityLevelPseudoCodes=true} (the built-in {@code guangdong} profile does). It is
 * a provincial-system value, not a GB/T 2260 code, so national exchanges refuse it.
 *
 * @param <T> the model type
 */
final class PseudoDivisionRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.locked("CD-0201", Severity.ERROR, Stage.RULE,
            "0.1.0", "GB/T 2260; domain-reference §6.3 (440599 汕头市市本级 is a Guangdong system value, not GB/T 2260), "
            + "§9.1", RecordKind.IMPLEMENTATION_ITEM, RecordKind.CATALOG_ITEM, RecordKind.POWER_ITEM);

    PseudoDivisionRule(Class<T> recordType) {
        super(recordType, DESCRIPTOR);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        String code = elements.areaCode();
        boolean accepted = Boolean.parseBoolean(
                context.profile().setting(CodeConsistencyRules.ACCEPT_PSEUDO_CODES).orElse(null));
        if (code != null && !accepted && context.referenceData().divisions().isCityLevelPseudoCode(code)) {
            report(context, "/areaCode", "label", "areaCode", "value", code,
                    "city", code.substring(0, 4) + "00", "profile", context.profile().name());
        }
    }
}
