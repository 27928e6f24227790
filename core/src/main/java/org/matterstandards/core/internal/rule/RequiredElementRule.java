package org.matterstandards.core.internal.rule;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * An element that a kind of record needs although the exchange table lets it be empty (按类型必填): a power-list
 * entry's 责任事项, for example. Blank text, an empty list and {@code null} count as missing. Unconditionally
 * required elements are the model's {@code @Required} (SC-0101); this rule is for requirements of one list.
 *
 * @param <T> the model type
 */
public final class RequiredElementRule<T extends MatterRecord> extends AbstractRecordRule<T> {

    private final String name;
    private final Function<? super T, ?> getter;

    /**
     * @param recordType the model type
     * @param descriptor the rule's descriptor
     * @param name       the element's JSON name
     * @param getter     reads the element
     */
    public RequiredElementRule(Class<T> recordType, RuleDescriptor descriptor, String name,
                               Function<? super T, ?> getter) {
        super(recordType, descriptor);
        this.name = Objects.requireNonNull(name, "name");
        this.getter = Objects.requireNonNull(getter, "getter");
    }

    @Override
    public void check(T record, RuleContext context) {
        Object value = getter.apply(record);
        boolean missing = value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty());
        if (missing) {
            report(context, JsonPointers.of(name), "label", name);
        }
    }
}
