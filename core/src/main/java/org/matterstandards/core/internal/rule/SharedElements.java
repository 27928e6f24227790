package org.matterstandards.core.internal.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matterstandards.core.code.CatalogCode;
import org.matterstandards.core.code.TaskCodeStructure;
import org.matterstandards.core.codetable.CodeTables;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.LegalBasis;
import org.matterstandards.core.model.ListChange;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.PowerItem;
import org.matterstandards.core.profile.Profile;

/**
 * The elements that several record kinds share (共有要素), read the same way from each, so that one rule class can
 * check catalogue items, implementation items and power-list items alike. Absent elements are {@code null}.
 *
 * @param taskCode          实施编码
 * @param catalogCode       基本编码
 * @param localCatalogCode  地方基本编码
 * @param taskType          事项类型 code
 * @param deptCode          实施主体编码 (统一社会信用代码)
 * @param useLevel          行使层级 codes, never {@code null}
 * @param areaCode          行政区划代码
 * @param townCode          乡镇街道代码
 * @param villageCode       村居社区代码
 * @param planEffectiveDate 计划生效日期
 * @param planCancelDate    计划取消日期
 * @param powerSource       权力来源 code
 * @param taskState         事项状态 code
 * @param legalBases        设定依据 entries, never {@code null}
 */
public record SharedElements(String taskCode, String catalogCode, String localCatalogCode, String taskType,
                             String deptCode, List<String> useLevel, String areaCode, String townCode,
                             String villageCode, LocalDate planEffectiveDate, LocalDate planCancelDate,
                             String powerSource, String taskState, List<LegalBasis> legalBases) {

    /** The code tables of the coded elements these records share; see {@link #codedElement(String)}. */
    public static final Set<String> CODED_TABLES = Set.of(CodeTables.TASK_TYPE, CodeTables.USE_LEVEL,
            CodeTables.POWER_SOURCE, CodeTables.TASK_STATE, CodeTables.LAW_LEVEL);

    // One reading of a record and one parse of each code for all the rules that check it.
    private static final LastComputed<MatterRecord, SharedElements> LAST_READ = new LastComputed<>(SharedElements::read);
    private static final LastComputed<SharedElements, Optional<CatalogCode>> LAST_CATALOG_CODE = new LastComputed<>(
            elements -> CatalogCode.isValid(elements.catalogCode)
                    ? Optional.of(CatalogCode.parse(elements.catalogCode)) : Optional.empty());
    // Kept per thread (LastComputed), so each thread has its own memo object.
    private static final LastComputed<SharedElements, TaskCodeParts> LAST_PARTS = new LastComputed<>(
            TaskCodeParts::new);

    /** Copies the lists; blank use levels are dropped. */
    public SharedElements {
        useLevel = useLevel == null ? List.of() : withoutBlanks(useLevel);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }

    /** The non-blank values in order; read once per record, so without a stream or a list to filter into. */
    private static List<String> withoutBlanks(List<String> values) {
        int blank = 0;
        for (int i = 0; i < values.size(); i++) {
            if (Values.isBlank(values.get(i))) {
                blank++;
            }
        }
        if (blank == 0) {
            return List.copyOf(values);     // the usual case
        }
        List<String> kept = new ArrayList<>(values.size() - blank);
        for (int i = 0; i < values.size(); i++) {
            if (!Values.isBlank(values.get(i))) {
                kept.add(values.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Reads the shared elements of a record.
     *
     * @param record any model record
     * @return its shared elements
     */
    public static SharedElements of(MatterRecord record) {
        // Every shared-element rule asks for the same record in turn: read it once (model records are immutable).
        return LAST_READ.get(record);
    }

    private static SharedElements read(MatterRecord record) {
        if (record instanceof ImplementationItem item) {
            return new SharedElements(item.taskCode(), item.catalogCode(), item.localCatalogCode(), item.taskType(),
                    item.deptCode(), item.useLevel(), item.areaCode(), item.townCode(), item.villageCode(),
                    item.planEffectiveDate(), item.planCancelDate(), item.powerSource(), item.taskState(),
                    item.legalBases());
        }
        if (record instanceof CatalogItem item) {
            return new SharedElements(null, item.catalogCode(), item.localCatalogCode(), item.taskType(), null,
                    item.useLevel(), item.areaCode(), null, null, item.planEffectiveDate(), item.planCancelDate(), null,
                    item.taskState(), item.legalBases());
        }
        if (record instanceof PowerItem item) {
            return new SharedElements(item.taskCode(), item.catalogCode(), null, item.taskType(), item.deptCode(),
                    item.useLevel(), item.areaCode(), null, null, null, null, item.powerSource(), item.taskState(),
                    item.legalBases());
        }
        if (record instanceof IntermediaryService service) {
            return new SharedElements(null, null, null, null, service.approvalDeptCode(), null, service.areaCode(),
                    null, null, null, null, null, service.serviceState(), service.legalBases());
        }
        ListChange change = (ListChange) record;
        return new SharedElements(null, null, null, null, change.deptCode(), null, change.areaCode(), null, null,
                null, null, null, null, null);
    }

    /**
     * The parts of the task code under the structure the profile sets ({@value TaskCodeStructure#SETTING}); empty
     * when absent or malformed under that structure (reported by the structural stages as CD-0104).
     *
     * @param profile the profile in force
     * @return the credit code, level digit and catalog code segments
     */
    public Optional<TaskCodeStructure.Parts> taskCodeParts(Profile profile) {
        return LAST_PARTS.get(this).under(profile);
    }

    /** The task code's parts under the profile last asked about: the rules of one record ask in turn. */
    private static final class TaskCodeParts {
        private final SharedElements elements;
        private Profile profile;
        private Optional<TaskCodeStructure.Parts> parts;

        TaskCodeParts(SharedElements elements) {
            this.elements = elements;
        }

        Optional<TaskCodeStructure.Parts> under(Profile asked) {
            if (asked != profile) {
                parts = TaskCodeStructure.of(asked.setting(TaskCodeStructure.SETTING).orElse(null))
                        .parts(elements.taskCode, elements.deptCode, elements.catalogCode);
                profile = asked;
            }
            return parts;
        }
    }

    /**
     * The catalog code, parsed; empty when absent or malformed (reported by the model stage as CD-0103).
     *
     * @return the catalog code
     */
    public Optional<CatalogCode> parsedCatalogCode() {
        return LAST_CATALOG_CODE.get(this);
    }

    /**
     * A coded element these records share, by the name of its code table: {@code taskType}, {@code useLevel},
     * {@code powerSource}, {@code taskState} or {@code lawLevel} (the levels of the legal bases).
     *
     * @param table the code-table name, one of {@link CodeTables#TASK_TYPE}, {@link CodeTables#USE_LEVEL},
     *              {@link CodeTables#POWER_SOURCE}, {@link CodeTables#TASK_STATE}, {@link CodeTables#LAW_LEVEL}
     * @param <T>   the model type
     * @return the element, read from a record's shared elements
     * @throws IllegalArgumentException for another table
     */
    public static <T extends MatterRecord> CodedValueRule.Element<T> codedElement(String table) {
        return switch (table) {
            case CodeTables.TASK_TYPE -> CodedValueRule.Element.single(table, "taskType", r -> of(r).taskType);
            case CodeTables.USE_LEVEL -> CodedValueRule.Element.each(table, "useLevel", r -> of(r).useLevel);
            case CodeTables.POWER_SOURCE -> CodedValueRule.Element.single(table, "powerSource",
                    r -> of(r).powerSource);
            case CodeTables.TASK_STATE -> CodedValueRule.Element.single(table, "taskState", r -> of(r).taskState);
            case CodeTables.LAW_LEVEL -> CodedValueRule.Element.nested(table, "legalBases", r -> of(r).legalBases,
                    "lawLevel", LegalBasis::lawLevel);
            default -> throw new IllegalArgumentException("not a shared coded element: " + table);
        };
    }
}
