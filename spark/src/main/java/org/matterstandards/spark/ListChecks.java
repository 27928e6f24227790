package org.matterstandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.matterstandards.core.intermediary.IntermediaryRules;
import org.matterstandards.core.model.RecordKind;
import org.matterstandards.core.rule.ListRule;
import org.matterstandards.core.rule.RuleCatalog;

/**
 * The list rules of the SDK as Spark joins and window aggregations (跨记录规则的分布式形式): no record goes to the
 * driver. Each rule compares the {@link ListFacts} its SDK form compares, keyed by {@code IntermediaryListKeys}, and
 * yields pending findings (file, index, rule, position, code, pointer, message arguments) that
 * {@link ListFindingRows} turns into findings with the SDK's own {@code FindingFactory}.
 *
 * <p>"First" and "later" follow the run order of a {@code Batch} that adds the files in name order: by file name,
 * then by index. A rule of the catalogue that has no form here stops the run with a clear error, so that a new list
 * rule in the SDK is never silently skipped.
 */
final class ListChecks {

    private static final List<String> SUPPORTED = List.of(IntermediaryRules.DUPLICATE_CODE,
            IntermediaryRules.DUPLICATE_NAME, IntermediaryRules.RELATED_APPROVAL_MISSING,
            IntermediaryRules.REQUIRED_SERVICE_NOT_LISTED);

    private static final String SERVICE = RecordKind.INTERMEDIARY_SERVICE.id();
    private static final String IMPLEMENTATION = RecordKind.IMPLEMENTATION_ITEM.id();
    private static final String CATALOG = RecordKind.CATALOG_ITEM.id();

    private ListChecks() {
    }

    /**
     * The position of each list rule in the catalogue: the order a {@code Batch} reports in.
     *
     * @param catalog the validator's rules
     * @return rule code → position
     * @throws UnsupportedOperationException when a list rule has no Spark form
     */
    static Map<String, Integer> order(RuleCatalog catalog) {
        Map<String, Integer> order = new HashMap<>();
        List<ListRule> rules = catalog.listRules();
        for (int i = 0; i < rules.size(); i++) {
            String code = rules.get(i).descriptor().code();
            if (!SUPPORTED.contains(code)) {
                throw new UnsupportedOperationException("list rule " + code
                        + " has no Spark form yet (matter-standards-spark runs " + SUPPORTED + "); run it with the SDK");
            }
            order.put(code, i);
        }
        return order;
    }

    /**
     * The pending findings of every list rule.
     *
     * @param validated rows of {@link RecordValidation#SCHEMA}
     * @param order     rule code → position ({@link #order})
     * @return rows of file, index, recordId, rule, at, code, pointer, texts (map), numbers (map)
     */
    static Dataset<Row> pending(Dataset<Row> validated, Map<String, Integer> order) {
        Dataset<Row> seen = validated.filter(col("facts").isNotNull())
                .select(col("file"), col("index"), col("recordId"), col("facts.*"));
        Map<String, Long> kinds = new HashMap<>();
        for (Row row : seen.groupBy("recordKind").count().collectAsList()) {
            kinds.put(row.getString(0), row.getLong(1));
        }
        boolean services = kinds.containsKey(SERVICE);
        boolean implementationItems = kinds.containsKey(IMPLEMENTATION);
        boolean catalogItems = kinds.containsKey(CATALOG);

        Dataset<Row> serviceFacts = seen.filter(col("recordKind").equalTo(SERVICE));
        Dataset<Row> itemFacts = seen.filter(col("recordKind").equalTo(IMPLEMENTATION));
        List<Dataset<Row>> parts = new ArrayList<>();
        if (services) {
            parts.add(duplicates(serviceFacts, "codeKey", IntermediaryRules.DUPLICATE_CODE, "/serviceCode", false,
                    order));
            parts.add(duplicates(serviceFacts, "nameKey", IntermediaryRules.DUPLICATE_NAME, "/serviceName", true,
                    order));
            parts.add(requiredServicesNotListed(serviceFacts, itemFacts, order));
        }
        if (implementationItems || catalogItems) {
            parts.add(relatedApprovalsMissing(seen, serviceFacts, implementationItems, order));
        }
        return parts.stream().reduce(Dataset::unionByName)
                .orElseGet(() -> validated.sparkSession().createDataFrame(List.of(), PendingColumns.SCHEMA));
    }

    /** IM-0401 and IM-0402: every later record with the key of an earlier one names the first. */
    private static Dataset<Row> duplicates(Dataset<Row> services, String key, String code, String pointer,
                                           boolean ignoreSameCode, Map<String, Integer> order) {
        WindowSpec byKey = Window.partitionBy(key).orderBy("file", "index");
        Dataset<Row> later = services.filter(col(key).isNotNull())
                .withColumn("rank", row_number().over(byKey))
                .withColumn("firstCode", first("serviceCode").over(byKey))
                .withColumn("firstFile", first("file").over(byKey))
                .withColumn("firstIndex", first("index").over(byKey))
                .filter(col("rank").gt(1));
        if (ignoreSameCode) {
            later = later.filter(col("serviceCode").eqNullSafe(col("firstCode")).unary_$bang());
        }
        return PendingColumns.select(later, code, order, lit(0), lit(pointer),
                map(lit("serviceCode"), col("serviceCode"), lit("serviceName"), col("serviceName"),
                        lit("approvalDeptName"), col("approvalDeptName"), lit("firstCode"), col("firstCode"),
                        lit("firstFile"), col("firstFile")),
                map(lit("firstNumber"), col("firstIndex").plus(1)));
    }

    /** IM-0404: an item's intermediary codes must be retained services of the run (when the run has services). */
    private static Dataset<Row> requiredServicesNotListed(Dataset<Row> services, Dataset<Row> items,
                                                          Map<String, Integer> order) {
        Dataset<Row> retained = services.filter(col("retained").and(col("codeKey").isNotNull()))
                .select(col("codeKey").as("listedCode")).distinct();
        Dataset<Row> required = items.filter(col("intermediaryCodes").isNotNull())
                .select(col("file"), col("index"), col("recordId"), col("taskName"),
                        explode(col("intermediaryCodes")).as("required"));
        Dataset<Row> missing = required.join(retained, col("required.code").equalTo(col("listedCode")), "left_anti");
        return PendingColumns.select(missing, IntermediaryRules.REQUIRED_SERVICE_NOT_LISTED, order,
                col("required.at"), concat(lit("/intermediaryCodes/"), col("required.at").cast(DataTypes.StringType)),
                map(lit("label"), lit("intermediaryCodes"), lit("serviceCode"), col("required.code"),
                        lit("taskName"), col("taskName")),
                emptyNumbers());
    }

    /**
     * IM-0403: a retained service's related matters must be in the run: a task code among the implementation items
     * (when there are some), else a catalog code among the implementation and catalogue items.
     */
    private static Dataset<Row> relatedApprovalsMissing(Dataset<Row> seen, Dataset<Row> services,
                                                        boolean implementationItems, Map<String, Integer> order) {
        Dataset<Row> links = services.filter(col("retained").and(col("relatedTasks").isNotNull()))
                .select(col("file"), col("index"), col("recordId"), col("serviceName"),
                        explode(col("relatedTasks")).as("link"));
        Dataset<Row> catalogCodes = seen.filter(col("recordKind").isin(IMPLEMENTATION, CATALOG)
                        .and(col("catalogCode").isNotNull()))
                .select(col("catalogCode").as("knownCode")).distinct();
        Dataset<Row> byCatalog = implementationItems ? links.filter(col("link.taskCode").isNull()) : links;
        Dataset<Row> missingCatalog = byCatalog.filter(col("link.catalogCode").isNotNull())
                .join(catalogCodes, col("link.catalogCode").equalTo(col("knownCode")), "left_anti");
        Dataset<Row> result = related(missingCatalog, "catalogCode", order);
        if (implementationItems) {
            Dataset<Row> taskCodes = seen.filter(col("recordKind").equalTo(IMPLEMENTATION)
                            .and(col("taskCode").isNotNull()))
                    .select(col("taskCode").as("knownCode")).distinct();
            Dataset<Row> missingTask = links.filter(col("link.taskCode").isNotNull())
                    .join(taskCodes, col("link.taskCode").equalTo(col("knownCode")), "left_anti");
            result = related(missingTask, "taskCode", order).unionByName(result);
        }
        return result;
    }

    private static Dataset<Row> related(Dataset<Row> missing, String element, Map<String, Integer> order) {
        return PendingColumns.select(missing, IntermediaryRules.RELATED_APPROVAL_MISSING, order, col("link.at"),
                concat(lit("/relatedTasks/"), col("link.at").cast(DataTypes.StringType), lit("/" + element)),
                map(lit("label"), lit(element), lit("code"), col("link." + element),
                        lit("serviceName"), col("serviceName")),
                emptyNumbers());
    }

    private static Column emptyNumbers() {
        return map().cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
    }
}
