package org.matterstandards.core.internal.rule;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.rule.AbstractRecordRule;
import org.matterstandards.core.rule.RuleContext;
import org.matterstandards.core.rule.RuleDescriptor;

/**
 * A coded element must hold a code of the table the profile selects (代码取值校验): one instance per element family
 * (事项类型, 行使层级, the four material codes …), each with its own rule code.
 *
 * <p>Message arguments: {@code label} (the element's JSON name), {@code value}, {@code variant} (the table variant the
 * profile selected, e.g. {@code guangdong}) and {@code allowed} (the allowed codes, or with {@link #withNamedCodes()}
 * the codes with their Chinese names).
 *
 * @param <T> the model type
 */
public final class CodedValueRule<T extends MatterRecord> extends AbstractRecordRule<T> {

    /**
     * One coded element and its table.
     *
     * @param table  the code-table name, e.g. {@code taskType}
     * @param values reads the element's values from a record
     * @param <T>    the model type
     */
    public record Element<T>(String table, Function<? super T, List<ElementValue>> values) {

        /** Checks the components. */
        public Element {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(values, "values");
        }
    }

    private final List<Element<T>> elements;
    private final String requiredTag;
    private final boolean namedCodes;

    /**
     * @param recordType  the model type
     * @param descriptor  the rule's descriptor
     * @param requiredTag when not {@code null}, a code must also carry this tag (e.g. {@code power}: one of the ten
     *                    power categories)
     * @param elements    the coded elements of the family
     */
    public CodedValueRule(Class<T> recordType, RuleDescriptor descriptor, String requiredTag,
                          List<Element<T>> elements) {
        this(recordType, descriptor, requiredTag, elements, false);
    }

    private CodedValueRule(Class<T> recordType, RuleDescriptor descriptor, String requiredTag,
                           List<Element<T>> elements, boolean namedCodes) {
        super(recordType, descriptor);
        this.requiredTag = requiredTag;
        this.elements = List.copyOf(elements);
        this.namedCodes = namedCodes;
    }

    /**
     * The same rule, listing each allowed code with its Chinese name ({@code 1 法律}) in the {@code allowed} argument:
     * for tables numbered by this project rather than by an official list, where a bare code tells a reader nothing.
     *
     * @return the rule
     */
    public CodedValueRule<T> withNamedCodes() {
        return new CodedValueRule<>(recordType(), descriptor(), requiredTag, elements, true);
    }

    /**
     * A rule for one coded element.
     *
     * @param recordType the model type
     * @param descriptor the rule's descriptor
     * @param table      the code-table name
     * @param values     reads the element's values
     * @param <T>        the model type
     * @return the rule
     */
    public static <T extends MatterRecord> CodedValueRule<T> of(Class<T> recordType, RuleDescriptor descriptor,
                                                                String table,
                                                                Function<? super T, List<ElementValue>> values) {
        return new CodedValueRule<>(recordType, descriptor, null, List.of(new Element<>(table, values)));
    }

    /**
     * A rule for a coded element that several kinds share ({@link SharedElements#codedValues(String)}), so that each
     * list's rule set declares it in one line.
     *
     * @param recordType the model type
     * @param descriptor the rule's descriptor
     * @param table      the code-table name: taskType, useLevel, powerSource, taskState or lawLevel
     * @param <T>        the model type
     * @return the rule
     * @throws IllegalArgumentException when the table is not one of {@link SharedElements#CODED_TABLES}
     */
    public static <T extends MatterRecord> CodedValueRule<T> shared(Class<T> recordType, RuleDescriptor descriptor,
                                                                    String table) {
        if (!SharedElements.CODED_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a shared coded element: " + table);
        }
        return of(recordType, descriptor, table, record -> SharedElements.of(record).codedValues(table));
    }

    @Override
    public void check(T record, RuleContext context) {
        for (Element<T> element : elements) {
            CodeTable table = context.referenceData().codeTables().table(element.table(), context.profile());
            for (ElementValue value : element.values().apply(record)) {
                // A look-up in the table's map; the list of allowed codes is made only for a finding.
                boolean allowed = requiredTag == null ? table.contains(value.value())
                        : table.hasTag(value.value(), requiredTag);
                if (!allowed) {
                    List<String> codes = requiredTag == null ? table.codes() : table.codesTagged(requiredTag);
                    report(context, value.pointer(), "label", value.name(), "value", value.value(),
                            "variant", table.variant(), "allowed", namedCodes ? named(table, codes) : codes);
                }
            }
        }
    }

    private static List<String> named(CodeTable table, List<String> codes) {
        return codes.stream().map(code -> code + " " + table.entry(code).orElseThrow().zh()).toList();
    }
}
