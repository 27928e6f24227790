package org.matterstandards.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.matterstandards.core.intermediary.IntermediaryListKeys;
import org.matterstandards.core.model.CatalogItem;
import org.matterstandards.core.model.ImplementationItem;
import org.matterstandards.core.model.IntermediaryService;
import org.matterstandards.core.model.MatterRecord;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.model.RelatedTask;

/**
 * What the list rules need to know of one record (跨记录规则所需要素), taken from the bound record on the executor
 * with the keys of {@link IntermediaryListKeys}, so that the joins of {@link ListChecks} compare what the SDK's list
 * rules compare. A text that is absent or blank is {@code null} here: the rules ignore such values.
 */
final class ListFacts {

    private static final StructType CODE_AT = new StructType()
            .add("at", DataTypes.IntegerType, false)
            .add("code", DataTypes.StringType, false);

    private static final StructType TASK_LINK = new StructType()
            .add("at", DataTypes.IntegerType, false)
            .add("taskCode", DataTypes.StringType, true)
            .add("catalogCode", DataTypes.StringType, true);

    /** The facts of a record; {@code null} for records the list rules do not see (unbound, or structural errors). */
    static final StructType SCHEMA = new StructType()
            .add("recordKind", DataTypes.StringType, false)
            .add("serviceCode", DataTypes.StringType, true)
            .add("codeKey", DataTypes.StringType, true)
            .add("nameKey", DataTypes.StringType, true)
            .add("serviceName", DataTypes.StringType, true)
            .add("approvalDeptName", DataTypes.StringType, true)
            .add("retained", DataTypes.BooleanType, false)
            .add("relatedTasks", DataTypes.createArrayType(TASK_LINK, false), true)
            .add("taskCode", DataTypes.StringType, true)
            .add("catalogCode", DataTypes.StringType, true)
            .add("taskName", DataTypes.StringType, true)
            .add("intermediaryCodes", DataTypes.createArrayType(CODE_AT, false), true);

    private ListFacts() {
    }

    /**
     * @param record   the bound record
     * @param retained which services are on the list and in use
     * @return the facts
     */
    static Row of(MatterRecord record, Predicate<IntermediaryService> retained) {
        String kind = RecordKind.of(record).id();
        if (record instanceof IntermediaryService service) {
            boolean isRetained = retained.test(service);
            return RowFactory.create(kind, service.serviceCode(), IntermediaryListKeys.serviceCode(service),
                    IntermediaryListKeys.nameAndDepartment(service), service.serviceName(), service.approvalDeptName(),
                    isRetained, isRetained ? ResultSchema.seq(links(service.relatedTasks())) : null, null, null, null, null);
        }
        if (record instanceof ImplementationItem item) {
            return RowFactory.create(kind, null, null, null, null, null, false, null, item.taskCode(),
                    item.catalogCode(), item.taskName(), ResultSchema.seq(codes(item.intermediaryCodes())));
        }
        if (record instanceof CatalogItem item) {
            return RowFactory.create(kind, null, null, null, null, null, false, null, null, item.catalogCode(),
                    null, null);
        }
        return RowFactory.create(kind, null, null, null, null, null, false, null, null, null, null, null);
    }

    private static List<Row> links(List<RelatedTask> tasks) {
        if (tasks == null) {
            return null;
        }
        List<Row> links = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            RelatedTask task = tasks.get(i);
            if (task != null) {
                links.add(RowFactory.create(i, presentOrNull(task.taskCode()), presentOrNull(task.catalogCode())));
            }
        }
        return links;
    }

    private static List<Row> codes(List<String> codes) {
        if (codes == null) {
            return null;
        }
        List<Row> required = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (IntermediaryListKeys.present(codes.get(i))) {
                required.add(RowFactory.create(i, codes.get(i).strip()));
            }
        }
        return required;
    }

    private static String presentOrNull(String text) {
        return IntermediaryListKeys.present(text) ? text : null;
    }
}
