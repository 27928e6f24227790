package org.matterstandards.sdk.input;

import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells the record kind from a record's element names (记录类型识别), so that {@code --kind} can be left out.
 * Each kind has elements no other kind has; the checks run from the most to the least distinctive.
 */
public final class KindDetector {

    private static final Set<String> IMPLEMENTATION_ONLY = Set.of(
            "promiseDay", "anticipateDay", "acceptCondition", "limitSceneNum", "projectType", "materials",
            "handleFlow", "transactAddr");
    private static final Set<String> POWER_ONLY = Set.of("responsibility", "accountability");
    /** Elements of a catalogue item that a power-list entry does not have (it has no version or guiding department). */
    private static final Set<String> CATALOG_ONLY = Set.of("taskVersion", "centralDept", "localCatalogCode");

    private KindDetector() {
    }

    /**
     * Detects the kind of one record.
     *
     * @param record a JSON object
     * @return the kind, or empty when the elements fit none
     */
    public static Optional<RecordKind> detect(ObjectNode record) {
        if (record.has("changeType") || record.has("decisionDate")) {
            return Optional.of(RecordKind.LIST_CHANGE);
        }
        if (record.has("serviceCode") || record.has("serviceName")) {
            return Optional.of(RecordKind.INTERMEDIARY_SERVICE);
        }
        if (IMPLEMENTATION_ONLY.stream().anyMatch(record::has)) {
            return Optional.of(RecordKind.IMPLEMENTATION_ITEM);
        }
        if (POWER_ONLY.stream().anyMatch(record::has)) {
            return Optional.of(RecordKind.POWER_ITEM);
        }
        // A catalogue item may name its 主管部门 (deptName) too, so deptName alone does not make a power-list entry.
        if (CATALOG_ONLY.stream().anyMatch(record::has)) {
            return Optional.of(RecordKind.CATALOG_ITEM);
        }
        if (record.has("deptName") && record.has("taskType")) {
            return Optional.of(RecordKind.POWER_ITEM);
        }
        if (record.has("catalogCode") && record.has("taskType")) {
            return Optional.of(RecordKind.CATALOG_ITEM);
        }
        return Optional.empty();
    }
}
