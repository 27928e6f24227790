package org.matterstandards.core.internal.rule.sm;

import java.util.List;
import java.util.Optional;
import org.matterstandards.core.finding.Severity;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;
import org.matterstandards.core.rule.Stage;
import org.matterstandards.core.internal.rule.ElementValue;
import org.matterstandards.core.internal.rule.Telephones;

/**
 * SM-0219: landlines in 咨询电话 and 投诉电话 carry the local area code of the profile
 * ({@code local.telephoneAreaCode}, 0754 for Shantou): another code usually means a number copied from another
 * city's guide, and a number without area code cannot be called from a mobile outside the city. Mobile, 400/800 and
 * bare service numbers (12345) have no area code and pass. Profiles without an area code skip the check.
 */
final class LocalAreaCodeRule extends AbstractRecordRule<ImplementationItem> {

    /** Profile setting holding the local telephone area code. */
    static final String AREA_CODE_SETTING = "local.telephoneAreaCode";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.adjustable("SM-0219", Severity.WARNING,
            Stage.RULE, "0.1.0", ImplementationItemRules.WENZHOU
            + "check 7 (local area code); profile setting local.telephoneAreaCode (Shantou 0754)",
            RecordKind.IMPLEMENTATION_ITEM);

    LocalAreaCodeRule() {
        super(ImplementationItem.class, DESCRIPTOR);
    }

    @Override
    public void check(ImplementationItem item, RuleContext context) {
        Optional<String> areaCode = context.profile().setting(AREA_CODE_SETTING);
        if (areaCode.isEmpty()) {
            return;
        }
        List<PhoneNumbers.Parsed> numbers = PhoneNumbers.parsed(item);
        for (int i = 0; i < numbers.size(); i++) {      // no iterator, no lambda per number
            ElementValue number = numbers.get(i).number();
            Telephones.Number parsed = numbers.get(i).parsed().orElse(null);
            boolean foreign = parsed != null && parsed.kind() == Telephones.Kind.WITH_AREA_CODE
                    && !areaCode.get().equals(parsed.areaCode());
            if (foreign || parsed != null && parsed.kind() == Telephones.Kind.LOCAL) {
                report(context, number.pointer(), "label", number.name(), "value", number.value(),
                        "areaCode", areaCode.get());
            }
        }
    }
}
