package org.matterstandards.core.intermediary;

import java.util.List;
import java.util.function.Function;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * A coded element must hold a code of its {@link IntermediaryCodes} table (代码值须在代码表内). Absent values are left
 * to the presence rules.
 *
 * @param <T> the record type
 */
final class CodeTableRule<T extends MatterRecord> extends AbstractRecordRule<T> {

    /**
     * One coded value of a record and where it is.
     *
     * @param pointer JSON Pointer of the value
     * @param value   the value, may be {@code null}
     */
    record Coded(String pointer, String value) {
    }

    private final IntermediaryCodes.Table table;
    private final Function<T, List<Coded>> values;

    CodeTableRule(Class<T> type, RuleDescriptor descriptor, IntermediaryCodes.Table table,
                  Function<T, List<Coded>> values) {
        super(type, descriptor);
        this.table = table;
        this.values = values;
    }

    /** The values of one top-level element. */
    static <T> Function<T, List<Coded>> element(String property, Function<T, String> getter) {
        return record -> List.of(new Coded(JsonPointers.of(property), getter.apply(record)));
    }

    @Override
    public void check(T record, RuleContext context) {
        IntermediaryCodes codes = IntermediaryCodes.builtIn();
        for (Coded coded : values.apply(record)) {
            if (Texts.present(coded.value()) && codes.find(table, coded.value()).isEmpty()) {
                report(context, coded.pointer(), "label", table.id(), "value", coded.value(),
                        "allowed", codes.codes(table));
            }
        }
    }
}
