package org.matterstandards.core.internal.rule;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.matterstandards.core.codetable.CodeTable;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.profile.Profile;
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
     * One coded element and its table, read from a record without building a list of its values: the rule runs on
     * every record and most values are allowed, so a JSON Pointer is built only for a finding.
     *
     * @param <T> the model type
     */
    public static final class Element<T> {

        private final String table;
        private final String list;
        private final String name;
        private final Function<? super T, String> single;
        private final Function<? super T, ? extends List<?>> items;
        private final Function<Object, String> inItem;

        private Element(String table, String list, String name, Function<? super T, String> single,
                        Function<? super T, ? extends List<?>> items, Function<Object, String> inItem) {
            this.table = Objects.requireNonNull(table, "table");
            this.list = list;
            this.name = Objects.requireNonNull(name, "name");
            this.single = single;
            this.items = items;
            this.inItem = inItem;
        }

        /**
         * A single-valued top-level element, at {@code /name}.
         *
         * @param table  the code-table name, e.g. {@code deptType}
         * @param name   the element's JSON name
         * @param getter reads the value, may return {@code null}
         * @param <T>    the model type
         * @return the element
         */
        public static <T> Element<T> single(String table, String name, Function<? super T, String> getter) {
            return new Element<>(table, null, name, Objects.requireNonNull(getter, "getter"), null, null);
        }

        /**
         * A multi-valued top-level element, each value at {@code /name/index}.
         *
         * @param table  the code-table name, e.g. {@code useLevel}
         * @param name   the element's JSON name
         * @param getter reads the values, may return {@code null}
         * @param <T>    the model type
         * @return the element
         */
        public static <T> Element<T> each(String table, String name, Function<? super T, List<String>> getter) {
            return new Element<>(table, null, name, null, Objects.requireNonNull(getter, "getter"), null);
        }

        /**
         * An element of each item of a nested list, at {@code /list/index/name}, e.g. {@code /materials/2/sourceType}.
         *
         * @param table  the code-table name
         * @param list   the JSON name of the list
         * @param items  reads the list's items, may return {@code null}
         * @param name   the JSON name of the element inside an item
         * @param getter reads the element from an item
         * @param <T>    the model type
         * @param <E>    the item type
         * @return the element
         */
        @SuppressWarnings("unchecked")
        public static <T, E> Element<T> nested(String table, String list, Function<? super T, List<E>> items,
                                               String name, Function<? super E, String> getter) {
            return new Element<>(table, Objects.requireNonNull(list, "list"), name, null,
                    Objects.requireNonNull(items, "items"),
                    (Function<Object, String>) Objects.requireNonNull(getter, "getter"));
        }

        /** @return the code-table name */
        public String table() {
            return table;
        }

        private String pointer(int index) {
            if (items == null) {
                return JsonPointers.of(name);
            }
            return list == null ? JsonPointers.append("", name, index) : JsonPointers.append("", list, index, name);
        }
    }

    /** The tables of the elements, in order, for one profile and set of code tables. */
    private record Selected(CodeTables codeTables, Profile profile, CodeTable[] tables) {
    }

    private final Element<T>[] elements;
    /** The tables the last context selected; replaced, never changed, so a racing thread sees a whole one. */
    private volatile Selected selected;
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
        this.elements = toArray(List.copyOf(elements));
        this.namedCodes = namedCodes;
    }

    /**
     * The same rule, listing each allowed code with its Chinese name ({@code 1 法律}) in the {@code allowed} argument:
     * for tables numbered by this project rather than by an official list, where a bare code tells a reader nothing.
     *
     * @return the rule
     */
    public CodedValueRule<T> withNamedCodes() {
        return new CodedValueRule<>(recordType(), descriptor(), requiredTag, List.of(elements), true);
    }

    /**
     * A rule for one coded element.
     *
     * @param recordType the model type
     * @param descriptor the rule's descriptor
     * @param element    the element and its table
     * @param <T>        the model type
     * @return the rule
     */
    public static <T extends MatterRecord> CodedValueRule<T> of(Class<T> recordType, RuleDescriptor descriptor,
                                                                Element<T> element) {
        return new CodedValueRule<>(recordType, descriptor, null, List.of(element));
    }

    /**
     * A rule for a coded element that several kinds share ({@link SharedElements#codedElement(String)}), so that each
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
        return of(recordType, descriptor, SharedElements.codedElement(table));
    }

    @Override
    public void check(T record, RuleContext context) {
        CodeTable[] tables = tables(context);
        for (int e = 0; e < elements.length; e++) {
            Element<T> element = elements[e];
            CodeTable table = tables != null ? tables[e] : Tables.selected(context, element.table);
            if (element.items == null) {
                check(element, -1, element.single.apply(record), table, context);
                continue;
            }
            List<?> items = element.items.apply(record);
            for (int i = 0, size = items == null ? 0 : items.size(); i < size; i++) {
                Object item = items.get(i);
                String value = element.inItem == null ? (String) item
                        : item == null ? null : element.inItem.apply(item);
                check(element, i, value, table, context);
            }
        }
    }

    /**
     * The elements' tables for the context's profile, kept for the last (code tables, profile) pair rather than
     * looked up for every record: the rule is shared by every validator, so validators of different profiles running
     * at the same time replace each other's (still correct, only slower). {@code null} when the profile selects a
     * variant that does not exist.
     */
    private CodeTable[] tables(RuleContext context) {
        CodeTables codeTables = context.referenceData().codeTables();
        Profile profile = context.profile();
        Selected last = selected;
        if (last == null || last.codeTables() != codeTables || last.profile() != profile) {
            CodeTable[] tables = new CodeTable[elements.length];
            try {
                for (int e = 0; e < elements.length; e++) {
                    tables[e] = codeTables.table(elements[e].table, profile);
                }
            } catch (MatterException unknownVariant) {
                return null;    // each element then looks its table up and fails where it failed before
            }
            last = new Selected(codeTables, profile, tables);
            selected = last;
        }
        return last.tables();
    }

    /** A look-up in the table's map; blank values are a presence rule's business, allowed codes are never blank. */
    private void check(Element<T> element, int index, String value, CodeTable table, RuleContext context) {
        boolean allowed = requiredTag == null ? table.contains(value) : table.hasTag(value, requiredTag);
        if (!allowed && !Values.isBlank(value)) {
            List<String> codes = requiredTag == null ? table.codes() : table.codesTagged(requiredTag);
            report(context, element.pointer(index), "label", element.name, "value", value,
                    "variant", table.variant(), "allowed", namedCodes ? named(table, codes) : codes);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Element<T>[] toArray(List<Element<T>> elements) {
        return elements.toArray(new Element[0]);
    }

    private static List<String> named(CodeTable table, List<String> codes) {
        return codes.stream().map(code -> code + " " + table.entry(code).orElseThrow().zh()).toList();
    }
}
