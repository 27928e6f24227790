package org.matterstandards.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of record the library validates (记录类型). Each has a stable id used on the command line, in reports
 * and in schema names, its model type, and the properties that identify one record in findings.
 */
public enum RecordKind {
    /** 基本目录事项. */
    CATALOG_ITEM("catalog-item", CatalogItem.class, List.of("catalogCode")),
    /** 实施清单事项 (办事指南). */
    IMPLEMENTATION_ITEM("implementation-item", ImplementationItem.class, List.of("taskHandleItem", "taskCode")),
    /** 权责清单事项. */
    POWER_ITEM("power-item", PowerItem.class, List.of("taskCode", "catalogCode")),
    /** 行政审批中介服务事项. */
    INTERMEDIARY_SERVICE("intermediary-service", IntermediaryService.class, List.of("serviceCode")),
    /** 清单调整与备案记录. */
    LIST_CHANGE("list-change", ListChange.class, List.of("changeId"));

    private final String id;
    private final Class<? extends MatterRecord> modelType;
    private final List<String> idProperties;

    RecordKind(String id, Class<? extends MatterRecord> modelType, List<String> idProperties) {
        this.id = id;
        this.modelType = modelType;
        this.idProperties = idProperties;
    }

    /** @return the stable id, e.g. {@code implementation-item} */
    public String id() {
        return id;
    }

    /** @return the Java record type of this kind */
    public Class<? extends MatterRecord> modelType() {
        return modelType;
    }

    /** @return JSON properties that identify a record, in order of preference */
    public List<String> idProperties() {
        return idProperties;
    }

    /**
     * The kind with the given id.
     *
     * @param id a kind id such as {@code power-item}
     * @return the kind, or empty when none has that id
     */
    public static Optional<RecordKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    private static final ClassValue<RecordKind> BY_CLASS = new ClassValue<>() {
        @Override
        protected RecordKind computeValue(Class<?> type) {
            for (RecordKind kind : values()) {
                if (kind.modelType.isAssignableFrom(type)) {
                    return kind;
                }
            }
            return null;
        }
    };

    /**
     * The kind of a model object.
     *
     * @param record a model object
     * @return its kind
     */
    public static RecordKind of(MatterRecord record) {
        // Asked for every record: by its class, not by a copy of values() and an isInstance test each.
        RecordKind kind = BY_CLASS.get(record.getClass());
        if (kind != null) {
            return kind;
        }
        throw new IllegalArgumentException("not a model record: " + record.getClass().getName());
    }
}
