package org.matterstandards.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.matterstandards.core.finding.Finding;
import org.matterstandards.core.finding.SuppressedFinding;
import org.matterstandards.core.finding.Suppression;
import org.matterstandards.core.rule.FindingFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns pending list findings into findings (生成跨记录发现) with the executor's {@link FindingFactory}, as a
 * {@code Batch} does when it finishes: the profile's severity overrides and suppressions apply, the message is
 * rendered in the spec's language.
 */
final class ListFindingRows implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

    /** A list finding of one record: either it stands ({@code finding}) or the profile suppressed it. */
    static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("index", DataTypes.LongType, false)
            .add("rule", DataTypes.IntegerType, false)
            .add("at", DataTypes.IntegerType, false)
            .add("finding", ResultSchema.FINDING, true)
            .add("suppressed", ResultSchema.SUPPRESSED, true);

    private final ValidatorSpec spec;

    ListFindingRows(ValidatorSpec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pending) {
        FindingFactory factory = ExecutorValidators.of(spec).factory();
        List<Row> rows = new ArrayList<>();
        while (pending.hasNext()) {
            Row row = pending.next();
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.putAll(CollectionConverters.asJava(row.<String, String>getMap(7)));
            CollectionConverters.asJava(row.<String, Long>getMap(8))
                    .forEach((name, number) -> arguments.put(name, number));
            long index = row.getLong(1);
            Finding finding = factory.create(row.getString(5), row.getString(6), index, row.getString(2),
                    arguments, null);
            Suppression suppression = factory.suppression(finding).orElse(null);
            rows.add(RowFactory.create(row.getString(0), index, row.getInt(3), row.getInt(4),
                    suppression == null ? ResultSchema.finding(finding) : null,
                    suppression == null ? null
                            : ResultSchema.suppressed(new SuppressedFinding(finding, suppression))));
        }
        return rows.iterator();
    }
}
