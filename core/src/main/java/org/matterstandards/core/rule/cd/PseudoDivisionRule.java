package org.matterstandards.core.rule.cd;

import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.support.SharedElementRule;
import org.matterstandards.core.rule.support.SharedElements;

/**
 * CD-0201: a Guangdong 市本级 pseudo-code ({@code xxxx99}, e.g. 440599) is accepted as 行政区划代码 only when the
 * profile says {@code divisions.acceptCityLevelPseudoCodes=true} (the built-in {@code guangdong} profile does). It is
 * a provincial-system value, not a GB/T 2260 code, so national exchanges refuse it.
 *
 * @param <T> the model type
 */
final class PseudoDivisionRule<T extends MatterRecord> extends SharedElementRule<T> {

    PseudoDivisionRule(Class<T> recordType) {
        super(recordType, CodeConsistencyRules.PSEUDO_DIVISION_RULE);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        String code = elements.areaCode();
        boolean accepted = context.profile().setting(CodeConsistencyRules.ACCEPT_PSEUDO_CODES)
                .map(Boolean::parseBoolean).orElse(false);
        if (code != null && !accepted && context.referenceData().divisions().isCityLevelPseudoCode(code)) {
            report(context, "/areaCode", "label", "areaCode", "value", code,
                    "city", code.substring(0, 4) + "00", "profile", context.profile().name());
        }
    }
}
