package org.matterstandards.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one shape of a pending list finding (待生成的跨记录发现), whichever rule found it: the record, the rule's position,
 * the position inside the record (the index of the link or code), the code, the pointer and the message arguments,
 * texts and numbers apart so that numbers are formatted as the SDK formats them.
 */
final class PendingColumns {

    static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("index", DataTypes.LongType, false)
            .add("recordId", DataTypes.StringType, true)
            .add("rule", DataTypes.IntegerType, false)
            .add("at", DataTypes.IntegerType, false)
            .add("code", DataTypes.StringType, false)
            .add("pointer", DataTypes.StringType, false)
            .add("texts", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false)
            .add("numbers", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, true), false);

    private PendingColumns() {
    }

    static Dataset<Row> select(Dataset<Row> rows, String code, Map<String, Integer> order, Column at, Column pointer,
                               Column texts, Column numbers) {
        return rows.select(col("file"), col("index"), col("recordId"), lit(order.get(code)).as("rule"),
                at.cast(DataTypes.IntegerType).as("at"), lit(code).as("code"), pointer.as("pointer"),
                texts.as("texts"), numbers.as("numbers"));
    }
}
