package org.matterstandards.sdk.input;

import java.util.Optional;
import org.matterstandards.core.model.RecordKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells the record kind from a record's element names (记录类型识别), so that {@code --kind} can be left out.
 * Each kind has elements no other kind has; the checks run from the most to the least distinctive.
 */
public final class KindDetector {

    // Arrays looked through by a loop, not sets streamed: validate(String) detects the kind of every record, and a
    // stream per record was most of the detection's time and all of its allocation (224 bytes a record).
    private static final String[] IMPLEMENTATION_ONLY = {
            "promiseDay", "anticipateDay", "acceptCondition", "limitSceneNum", "projectType", "materials",
            "handleFlow", "transactAddr"};
    private static final String[] POWER_ONLY = {"responsibility", "accountability"};
    /** Elements of a catalogue item that a power-list entry does not have (it has no version or guiding department). */
    private static final String[] CATALOG_ONLY = {"taskVersion", "centralDept", "localCatalogCode"};

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
        if (hasAny(record, IMPLEMENTATION_ONLY)) {
            return Optional.of(RecordKind.IMPLEMENTATION_ITEM);
        }
        if (hasAny(record, POWER_ONLY)) {
            return Optional.of(RecordKind.POWER_ITEM);
        }
        // A catalogue item may name its 主管部门 (deptName) too, so deptName alone does not make a power-list entry.
        if (hasAny(record, CATALOG_ONLY)) {
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

    private static boolean hasAny(ObjectNode record, String[] names) {
        for (String name : names) {
            if (record.has(name)) {
                return true;
            }
        }
        return false;
    }
}
