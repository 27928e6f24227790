package org.matterstandards.sdk.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.rule.StructureRules;

/**
 * Reports {@code null} items of the model's lists (列表中的空项) as the wrong type they are: the schemas type every
 * item ({@code "items": {"type": "string"}}), and Jackson binds {@code ["1", null]} without a word. Items that
 * binding already reported (a number where text belongs binds as {@code null}) are not reported twice.
 */
final class NullListItems {

    private NullListItems() {
    }

    static void report(Object record, BindingProblems problems) {
        if (record != null) {
            visit(record, "", problems);
        }
    }

    private static void visit(Object record, String pointer, BindingProblems problems) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() != List.class) {
                continue;
            }
            List<?> items = (List<?>) value(component, record);
            if (items == null) {
                continue;
            }
            String listPointer = JsonPointers.append(pointer, component.getName());
            for (int i = 0; i < items.size(); i++) {
                String itemPointer = JsonPointers.append(listPointer, i);
                Object item = items.get(i);
                if (item == null && !problems.has(itemPointer)) {
                    problems.add(StructureRules.WRONG_TYPE, itemPointer,
                            Args.of("expected", expected(component), "actual", "null"));
                } else if (item != null && item.getClass().isRecord()) {
                    visit(item, itemPointer, problems);
                }
            }
        }
    }

    private static String expected(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType type
                && type.getActualTypeArguments()[0] == String.class ? "string" : "object";
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
