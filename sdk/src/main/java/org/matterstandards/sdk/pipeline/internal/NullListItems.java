package org.matterstandards.sdk.pipeline.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.matterstandards.core.finding.Args;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.rule.StructureRules;

/**
 * Reports {@code null} items of the model's lists (列表中的空项) as the wrong type they are: the schemas type every
 * item ({@code "items": {"type": "string"}}), and Jackson binds {@code ["1", null]} without a word. Items that
 * binding already reported (a number where text belongs binds as {@code null}) are not reported twice. The list
 * components of each record type are looked up once per class; an item's JSON Pointer is built only for a
 * {@code null} item, which almost no record has.
 */
final class NullListItems {

    /**
     * One {@code List} component: its name, accessor, item type name ({@code string} or {@code object}) and whether
     * its items are records to look into ({@code null}: only known from the item).
     */
    private record ListComponent(String name, MethodHandle accessor, String itemType, Boolean records) {
    }

    /** Where a child record is: the list it is in, at which index, inside which parent ({@code null}: the root). */
    private record Place(Place parent, String list, int index) {

        String pointer() {
            return JsonPointers.append(parent == null ? "" : parent.pointer(), list, index);
        }
    }

    private static final ClassValue<List<ListComponent>> LISTS = new ClassValue<>() {
        @Override
        protected List<ListComponent> computeValue(Class<?> type) {
            List<ListComponent> lists = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                if (component.getType() == List.class) {
                    Type item = component.getGenericType() instanceof ParameterizedType parameterized
                            ? parameterized.getActualTypeArguments()[0] : null;
                    // A record class is final: its list holds that very class or null.
                    Boolean records = item == String.class ? Boolean.FALSE
                            : item instanceof Class<?> itemClass && itemClass.isRecord() ? Boolean.TRUE : null;
                    lists.add(new ListComponent(component.getName(), accessor(component),
                            item == String.class ? "string" : "object", records));
                }
            }
            return List.copyOf(lists);
        }
    };

    private NullListItems() {
    }

    static void report(Object record, BindingProblems problems) {
        if (record != null) {
            visit(record, null, problems);
        }
    }

    private static void visit(Object record, Place place, BindingProblems problems) {
        List<ListComponent> lists = LISTS.get(record.getClass());
        for (int l = 0; l < lists.size(); l++) {
            ListComponent list = lists.get(l);
            List<?> items = (List<?>) value(list.accessor(), record);
            if (items == null) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (item == null) {
                    String itemPointer = JsonPointers.append(place == null ? "" : place.pointer(), list.name(), i);
                    if (!problems.has(itemPointer)) {
                        problems.add(StructureRules.WRONG_TYPE, itemPointer,
                                Args.of("expected", list.itemType(), "actual", "null"));
                    }
                } else if ((list.records() == null ? item.getClass().isRecord() : list.records())
                        && !LISTS.get(item.getClass()).isEmpty()) {    // no place made for a child without lists
                    visit(item, new Place(place, list.name(), i), problems);
                }
            }
        }
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            return MethodHandles.lookup().unreflect(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object value(MethodHandle accessor, Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
