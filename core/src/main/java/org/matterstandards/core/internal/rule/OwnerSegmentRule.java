package org.matterstandards.core.internal.rule;

import java.util.Optional;
import org.matterstandards.core.code.CatalogCode;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * The owner segment of the catalog code (基本编码 positions 1–2) is {@code 00} (national catalogue) or the province
 * of the record's 行政区划代码: a Guangdong list carries 44 codes. Reconstructed from real codes, not from the
 * standard's text, hence a warning.
 *
 * @param <T> the model type
 */
public final class OwnerSegmentRule<T extends MatterRecord> extends SharedElementRule<T> {

    private static final String NATIONAL_OWNER = "00";

    /**
     * @param recordType the model type
     * @param descriptor the rule's descriptor (CT-0301 for catalogue items, PW-0301 for power-list items)
     */
    public OwnerSegmentRule(Class<T> recordType, RuleDescriptor descriptor) {
        super(recordType, descriptor);
    }

    @Override
    protected void check(SharedElements elements, RuleContext context) {
        String area = elements.areaCode();
        if (Values.isBlank(area) || area.length() < 2) {
            return;
        }
        Optional<CatalogCode> parsed = elements.parsedCatalogCode();
        // The owner segment compared in place (no lambda, no substring per record): cut out only when reported.
        if (parsed.isPresent()) {
            CatalogCode code = parsed.get();
            if (!code.ownerSegmentStarts(NATIONAL_OWNER) && !code.ownerSegmentStarts(area)) {
                report(context, "/catalogCode", "catalogCode", code.value(), "owner", code.ownerSegment(),
                        "areaCode", area, "province", area.substring(0, 2));
            }
        }
    }
}
