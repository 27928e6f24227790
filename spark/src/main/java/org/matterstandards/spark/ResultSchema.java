package org.matterstandards.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.SuppressedFinding;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns of the results (校验结果列): one row per input record, as the JSON report's {@code records} entries.
 *
 * <pre>
 * file string · index long · line long · recordId string · kind string · valid boolean
 * findings   array&lt;struct&lt;code, severity, pointer, message&gt;&gt;
 * suppressed array&lt;struct&lt;code, pointer, message, reason, profile&gt;&gt;
 * skippedStages array&lt;string&gt;
 * </pre>
 */
public final class ResultSchema {

    /** A finding that stands. */
    public static final StructType FINDING = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("pointer", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true);

    /** A finding the profile suppressed, with the reason. */
    public static final StructType SUPPRESSED = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("pointer", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("profile", DataTypes.StringType, true);

    /** The result of one record. */
    public static final StructType RESULT = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("index", DataTypes.LongType, false)
            .add("line", DataTypes.LongType, false)
            .add("recordId", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, true)
            .add("valid", DataTypes.BooleanType, false)
            .add("findings", DataTypes.createArrayType(FINDING, false), false)
            .add("suppressed", DataTypes.createArrayType(SUPPRESSED, false), false)
            .add("skippedStages", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private ResultSchema() {
    }

    static Row finding(Finding finding) {
        return RowFactory.create(finding.code(), finding.severity().name(), finding.pointer(), finding.message());
    }

    static Row suppressed(SuppressedFinding suppressed) {
        Finding finding = suppressed.finding();
        return RowFactory.create(finding.code(), finding.pointer(), finding.message(),
                suppressed.suppression().reason(), suppressed.suppression().profileName());
    }

    static Seq<Row> findings(List<Finding> findings) {
        List<Row> rows = new ArrayList<>(findings.size());
        findings.forEach(finding -> rows.add(finding(finding)));
        return seq(rows);
    }

    static Seq<Row> suppressed(List<SuppressedFinding> suppressed) {
        List<Row> rows = new ArrayList<>(suppressed.size());
        suppressed.forEach(one -> rows.add(suppressed(one)));
        return seq(rows);
    }

    /** Rows built in Java hold arrays as Scala sequences: Spark's row encoder takes nothing else. */
    static <T> Seq<T> seq(List<T> list) {
        return list == null ? null : CollectionConverters.asScala(list).toSeq();
    }
}
