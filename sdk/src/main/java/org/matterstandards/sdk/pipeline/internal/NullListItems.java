package org.matterstandards.sdk.pipeline.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.rule.StructureRules;

/**
 * Reports {@code null} items of the model's lists (列表中的空项) as the wrong type they are: the schemas type every
 * item ({@code "items": {"type": "string"}}), and Jackson binds {@code ["1", null]} without a word. Items that
 * binding already reported (a number where text belongs binds as {@code null}) are not reported twice. The list
 * components of each record type are looked up once per class.
 */
final class NullListItems {

    /** One {@code List} component: its name, accessor and item type name ({@code string} or {@code object}). */
    private record ListComponent(String name, Method accessor, String itemType) {
    }

    private static final ClassValue<List<ListComponent>> LISTS = new ClassValue<>() {
        @Override
        protected List<ListComponent> computeValue(Class<?> type) {
            List<ListComponent> lists = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                if (component.getType() == List.class) {
                    boolean text = component.getGenericType() instanceof ParameterizedType parameterized
                            && parameterized.getActualTypeArguments()[0] == String.class;
                    lists.add(new ListComponent(component.getName(), component.getAccessor(),
                            text ? "string" : "object"));
                }
            }
            return List.copyOf(lists);
        }
    };

    private NullListItems() {
    }

    static void report(Object record, BindingProblems problems) {
        if (record != null) {
            visit(record, "", problems);
        }
    }

    private static void visit(Object record, String pointer, BindingProblems problems) {
        for (ListComponent list : LISTS.get(record.getClass())) {
            List<?> items = (List<?>) value(list.accessor(), record);
            if (items == null) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item == null) {
                    String itemPointer = JsonPointers.append(pointer, list.name(), i);
                    if (!problems.has(itemPointer)) {
                        problems.add(StructureRules.WRONG_TYPE, itemPointer,
                                Args.of("expected", list.itemType(), "actual", "null"));
                    }
                } else if (item.getClass().isRecord()) {
                    visit(item, JsonPointers.append(pointer, list.name(), i), problems);
                }
            }
        }
    }

    private static Object value(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
