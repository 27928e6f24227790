package org.matterstandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.matterstandards.sdk.MatterValidator;
import org.matterstandards.sdk.stats.Statistics;
import org.matterstandards.sdk.stats.StatisticsReport;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One validation run on Spark (Spark 校验运行): the records of many files, each validated on an executor by the SDK's
 * own pipeline, the list rules as joins, the findings of both on one row per record.
 *
 * <pre>{@code
 * try (SparkValidation run = SparkValidation.of(SourceLines.read(spark, "hdfs:///lists/2026-12-03/"),
 *         ValidatorSpec.profile("guangdong"))) {
 *     run.results().write().parquet("hdfs:///checks/2026-12-03");
 *     StatisticsReport figures = run.statistics();
 * }
 * }</pre>
 *
 * <p>The per-record results are computed once and kept (memory and disk) while the run is open, because the results
 * and the list rules both read them; {@link #close()} releases them.
 */
public final class SparkValidation implements AutoCloseable {

    private final Dataset<Row> lines;
    private Dataset<Row> results;
    private final ValidatorSpec spec;
    private final Map<String, InputFiles.FileFacts> files;
    private final Dataset<Row> validated;
    private final Map<String, Integer> ruleOrder;
    private Dataset<Row> listFindings;

    private SparkValidation(SourceLines source, ValidatorSpec spec) {
        this.lines = source.rows();
        this.spec = spec.resolved();
        this.ruleOrder = ListChecks.order(ExecutorValidators.of(this.spec).validator().catalog());
        this.files = new java.util.HashMap<>(InputFiles.decide(source, this.spec));
        JavaRDD<Row> rows = lines.javaRDD().mapPartitions(new RecordValidation(this.spec, files));
        this.validated = lines.sparkSession().createDataFrame(rows, RecordValidation.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Starts a run.
     *
     * @param lines numbered lines ({@link SourceLines#read} or {@link SourceLines#of})
     * @param spec  the validator spec; "today" is fixed now, on the driver
     * @return the run
     * @throws UnsupportedOperationException when the validator has a list rule without a Spark form
     */
    public static SparkValidation of(SourceLines lines, ValidatorSpec spec) {
        return new SparkValidation(lines, spec);
    }

    /** @return the spec, with its as-of date */
    public ValidatorSpec spec() {
        return spec;
    }

    /** @return the driver's validator for this spec (profile, catalogue, reference data) */
    public MatterValidator validator() {
        return ExecutorValidators.of(spec).validator();
    }

    /**
     * The findings of the list rules, one row per finding: file, index, rule position, position in the record, the
     * finding (code, severity, pointer, message) when it stands, the suppressed finding when the profile suppresses it.
     *
     * @return the list findings
     */
    public Dataset<Row> listFindings() {
        if (listFindings == null) {
            Dataset<Row> pending = ListChecks.pending(validated, ruleOrder);
            listFindings = lines.sparkSession().createDataFrame(
                    pending.javaRDD().mapPartitions(new ListFindingRows(spec)), ListFindingRows.SCHEMA);
        }
        return listFindings;
    }

    /**
     * One row per input record ({@link ResultSchema#RESULT}), with the list findings after the record's own, in the
     * order a {@code Batch} reports them, and {@code valid} as the report counts it. Kept (memory and disk) once
     * computed, until {@link #close()}.
     *
     * @return the results
     */
    public Dataset<Row> results() {
        if (results == null) {
            results = joinListFindings().persist(StorageLevel.MEMORY_AND_DISK());
        }
        return results;
    }

    private Dataset<Row> joinListFindings() {
        Dataset<Row> extra = listFindings().groupBy("file", "index")
                .agg(sort_array(collect_list(struct(col("rule"), col("at"), col("finding"), col("suppressed"))))
                        .as("extra"));
        return validated.drop("facts")
                .join(extra, CollectionConverters.asScala(List.of("file", "index")).toSeq(), "left")
                .select(col("file"), col("index"), col("line"), col("recordId"), col("kind"),
                        expr("valid AND (extra IS NULL OR NOT exists(extra, x -> x.finding.severity = 'ERROR'))")
                                .as("valid"),
                        expr("CASE WHEN extra IS NULL THEN findings ELSE concat(findings, "
                                + "transform(filter(extra, x -> x.finding IS NOT NULL), x -> x.finding)) END")
                                .as("findings"),
                        expr("CASE WHEN extra IS NULL THEN suppressed ELSE concat(suppressed, "
                                + "transform(filter(extra, x -> x.suppressed IS NOT NULL), x -> x.suppressed)) END")
                                .as("suppressed"),
                        col("skippedStages"));
    }

    /**
     * The indicators of {@code matter stats} over the run's records: each partition counts its records with the SDK's
     * {@link Statistics}, the parts are merged. The records are validated again for this (the statistics count the
     * bound model objects, which the results do not keep).
     *
     * @return the figures, equal to those of {@code matter stats} on the same files
     */
    public StatisticsReport statistics() {
        ValidatorSpec resolved = spec;
        Map<String, InputFiles.FileFacts> facts = files;
        MatterValidator validator = validator();
        // Sent empty to every partition and merged into; a part travels with its counts only.
        Statistics zero = Statistics.forProfile(validator.profile(), validator.referenceData(), validator.asOf());
        Statistics counted = lines.javaRDD().mapPartitions((Iterator<Row> it) -> {
            ExecutorValidators.Context context = ExecutorValidators.of(resolved);
            Statistics part = Statistics.forProfile(context.validator().profile(), context.validator().referenceData(),
                    context.validator().asOf());
            while (it.hasNext()) {
                part.accept(RecordValidation.validate(context, facts, it.next()));
            }
            return Collections.singletonList(part).iterator();
        }).fold(zero, (a, b) -> {
            a.merge(b);
            return a;
        });
        Statistics total = Statistics.forProfile(validator.profile(), validator.referenceData(), validator.asOf());
        total.merge(counted);
        return total.report();
    }

    /** Releases the kept per-record results. */
    @Override
    public void close() {
        if (results != null) {
            results.unpersist();
        }
        validated.unpersist();
    }
}
