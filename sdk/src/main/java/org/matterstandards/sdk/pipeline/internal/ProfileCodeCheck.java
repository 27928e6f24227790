package org.matterstandards.sdk.pipeline.internal;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matterstandards.core.code.CodeCheck;
import org.matterstandards.core.code.CodeKind;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.finding.JsonPointers;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.constraint.CodeFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check of the codes whose shape a profile's 实施编码 structure decides (按配置的编码结构校验): task, catalog and
 * handle item codes ({@link TaskCodeStructure#governs}). The published schemas and the {@code @CodeFormat}
 * constraints state the default structure; under another one the structural stages leave those codes to this check,
 * which reports each element that fails the profile's structure (docs/decisions/0008-code-structures-per-profile.md).
 *
 * <p>The elements are found once, from the model's {@code @CodeFormat} fields (nested records and lists of them
 * included); each record is then only read at those places. Immutable and thread-safe.
 */
final class ProfileCodeCheck {

    /** A failed code: where, which kind, the text and the problem. */
    record Failure(String pointer, CodeKind kind, String value, CodeCheck check) {
    }

    /** One governed element: its path of JSON names ({@code *} = every list item) and its code kind. */
    private record Element(List<String> path, CodeKind kind) {
    }

    private final TaskCodeStructure structure;
    private final Map<RecordKind, List<Element>> elements = new EnumMap<>(RecordKind.class);

    ProfileCodeCheck(TaskCodeStructure structure) {
        this.structure = structure;
        if (!structure.isDefault()) {
            for (RecordKind kind : RecordKind.values()) {
                List<Element> found = new ArrayList<>();
                collect(kind.modelType(), List.of(), found);
                elements.put(kind, List.copyOf(found));
            }
        }
    }

    /** @return true when the profile's structure is not the default, so the structural stages defer to this check */
    boolean active() {
        return !structure.isDefault();
    }

    /**
     * Tells whether a structural stage's verdict on a code of a kind is replaced by this check.
     *
     * @param kind the code kind of a stage's finding
     * @return true under a non-default structure for the kinds it governs
     */
    boolean replaces(CodeKind kind) {
        return active() && TaskCodeStructure.governs(kind);
    }

    /**
     * Checks the governed codes of a record under the profile's structure; blank text passes (presence is checked
     * elsewhere), as does a value that is not text (the stages report its type).
     *
     * @param node the record as JSON
     * @param kind its kind
     * @return the codes that fail, in model order
     */
    List<Failure> check(ObjectNode node, RecordKind kind) {
        if (!active()) {
            return List.of();
        }
        List<Failure> failures = new ArrayList<>();
        for (Element element : elements.get(kind)) {
            visit(node, "", element.path(), 0, element.kind(), failures);
        }
        return failures;
    }

    private void visit(JsonNode node, String pointer, List<String> path, int depth, CodeKind kind,
                       List<Failure> failures) {
        if (depth == path.size()) {
            if (node.isString() && !node.asString().isBlank()) {
                CodeCheck check = structure.check(kind, node.asString());
                if (!check.isOk()) {
                    failures.add(new Failure(pointer, kind, node.asString(), check));
                }
            }
            return;
        }
        String name = path.get(depth);
        if (name.equals("*")) {
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                visit(node.get(i), pointer + "/" + i, path, depth + 1, kind, failures);
            }
        } else if (node.isObject() && node.has(name)) {
            visit(node.get(name), JsonPointers.append(pointer, name), path, depth + 1, kind, failures);
        }
    }

    /** Finds the governed {@code @CodeFormat} fields of a record type, descending into records and lists of them. */
    private static void collect(Class<?> type, List<String> prefix, List<Element> found) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            CodeFormat format = field(type, component.getName()).getAnnotation(CodeFormat.class);
            if (format != null && TaskCodeStructure.governs(format.value())) {
                found.add(new Element(List.copyOf(path), format.value()));
            } else if (component.getType() == List.class) {
                Type item = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (item instanceof Class<?> itemClass) {
                    path.add("*");
                    collect(itemClass, path, found);
                }
            } else {
                collect(component.getType(), path, found);
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("record component without field: " + type.getName() + "." + name, e);
        }
    }
}
