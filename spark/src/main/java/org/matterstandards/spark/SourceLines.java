package org.matterstandards.spark;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads record lines and numbers them per file (按文件编号的记录行), as the SDK's NDJSON reader numbers them: {@code index}
 * counts the records (non-blank lines) of a file from 0, {@code line} is the 1-based line number. Blank lines are no
 * records, for the SDK as here, and are left out.
 *
 * <p>Numbering needs no shuffle and sends no record to the driver: a first pass counts the lines of each file in each
 * partition (a few numbers per partition), the driver turns the counts into offsets, and a second pass numbers the
 * lines. Spark's text source keeps the lines of a file in order across partitions, which is all this relies on. The
 * first pass also keeps the first {@value #HEAD_RECORDS} records of each file, which is what the driver needs to
 * decide a file's format and kind as the SDK does ({@link InputFiles}).
 */
public final class SourceLines {

    /** Records per file kept from the first pass for the driver's per-file decisions ({@link InputFiles}). */
    static final int HEAD_RECORDS = 64;

    /** The columns of numbered lines. */
    public static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("index", DataTypes.LongType, false)
            .add("line", DataTypes.LongType, false)
            .add("text", DataTypes.StringType, false);

    private final Dataset<Row> rows;
    private final Map<String, List<Row>> heads;

    private SourceLines(Dataset<Row> rows, Map<String, List<Row>> heads) {
        this.rows = rows;
        this.heads = heads;
    }

    /** @return the numbered lines ({@link #SCHEMA}) */
    public Dataset<Row> rows() {
        return rows;
    }

    /** @return the first records of each file, numbered ({@link #SCHEMA}), by file name */
    Map<String, List<Row>> heads() {
        return heads;
    }

    /**
     * Reads NDJSON files or files of national exchange rows (one object per line), with each line's file.
     *
     * @param spark the session
     * @param paths files, directories or globs, in any file system Spark reads
     * @return the numbered lines
     */
    public static SourceLines read(SparkSession spark, String... paths) {
        Dataset<Row> raw = spark.read().text(paths)
                .select(functions.input_file_name().as("file"), functions.col("value").as("text"));
        return number(raw);
    }

    /**
     * Numbers lines that come from elsewhere (a Kafka topic, a table), all under one source name.
     *
     * @param lines      the lines, in order
     * @param sourceName the name shown in locations and findings
     * @return the numbered lines
     */
    public static SourceLines of(Dataset<String> lines, String sourceName) {
        return number(lines.toDF("text").select(functions.lit(sourceName).as("file"), functions.col("text")));
    }

    /**
     * Numbers lines given with their file.
     *
     * @param fileAndText columns {@code file} (a path or URI; {@code file:} URIs become local paths, as the CLI names
     *                    files) and {@code text}
     * @return the numbered lines
     */
    public static SourceLines number(Dataset<Row> fileAndText) {
        JavaRDD<Row> rows = fileAndText.select("file", "text").javaRDD();
        List<PartCount> counts = rows.mapPartitionsWithIndex(SourceLines::count, true).collect();
        Map<String, long[]> offsets = offsets(counts);
        JavaRDD<Row> numbered = rows.mapPartitionsWithIndex((partition, it) -> numberPart(partition, it, offsets),
                true);
        return new SourceLines(fileAndText.sparkSession().createDataFrame(numbered, SCHEMA), heads(counts, offsets));
    }

    /**
     * Lines and records of one file in one partition, with its first records.
     *
     * @param head the first records: 1-based line number within the part, then the text
     */
    record PartCount(int partition, String file, long lines, long records, List<HeadLine> head)
            implements Serializable {
    }

    /** A record line of a part's head, numbered within the part. */
    record HeadLine(long lineInPart, long recordInPart, String text) implements Serializable {
    }

    private static Iterator<PartCount> count(int partition, Iterator<Row> rows) {
        Map<String, long[]> byFile = new LinkedHashMap<>();
        Map<String, List<HeadLine>> heads = new HashMap<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String file = row.getString(0);
            long[] count = byFile.computeIfAbsent(file, f -> new long[2]);
            count[0]++;
            String text = row.getString(1);
            if (!text.isBlank()) {
                List<HeadLine> head = heads.computeIfAbsent(file, f -> new ArrayList<>());
                if (head.size() < HEAD_RECORDS) {
                    head.add(new HeadLine(count[0], count[1], text));
                }
                count[1]++;
            }
        }
        List<PartCount> counts = new ArrayList<>();
        byFile.forEach((file, count) -> counts.add(new PartCount(partition, file, count[0], count[1],
                heads.getOrDefault(file, List.of()))));
        return counts.iterator();
    }

    /** Where each file's lines start in each partition: line and record offsets, keyed by partition and file. */
    private static Map<String, long[]> offsets(List<PartCount> counts) {
        List<PartCount> ordered = new ArrayList<>(counts);
        ordered.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        Map<String, long[]> running = new HashMap<>();
        Map<String, long[]> offsets = new HashMap<>();
        for (PartCount count : ordered) {
            long[] sofar = running.computeIfAbsent(count.file(), file -> new long[2]);
            offsets.put(key(count.partition(), count.file()), new long[] {sofar[0], sofar[1]});
            sofar[0] += count.lines();
            sofar[1] += count.records();
        }
        return offsets;
    }

    /** The first records of each file, numbered as the second pass numbers them. */
    private static Map<String, List<Row>> heads(List<PartCount> counts, Map<String, long[]> offsets) {
        List<PartCount> ordered = new ArrayList<>(counts);
        ordered.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        Map<String, List<Row>> heads = new LinkedHashMap<>();
        for (PartCount count : ordered) {
            List<Row> head = heads.computeIfAbsent(count.file(), file -> new ArrayList<>());
            long[] offset = offsets.get(key(count.partition(), count.file()));
            for (HeadLine line : count.head()) {
                if (head.size() < HEAD_RECORDS) {
                    head.add(RowFactory.create(sourceName(count.file()), offset[1] + line.recordInPart(),
                            offset[0] + line.lineInPart(), line.text()));
                }
            }
        }
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        heads.forEach((file, head) -> byName.put(sourceName(file), head));
        return byName;
    }

    private static Iterator<Row> numberPart(int partition, Iterator<Row> rows, Map<String, long[]> offsets) {
        Map<String, long[]> positions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        return new Iterator<>() {
            private Row next = advance();

            private Row advance() {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String file = row.getString(0);
                    long[] position = positions.computeIfAbsent(file,
                            f -> offsets.get(key(partition, f)).clone());
                    position[0]++;
                    String text = row.getString(1);
                    if (!text.isBlank()) {
                        long index = position[1]++;
                        return RowFactory.create(names.computeIfAbsent(file, SourceLines::sourceName), index,
                                position[0], text);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row current = next;
                next = advance();
                return current;
            }
        };
    }

    private static String key(int partition, String file) {
        return partition + "\u0000" + file;
    }

    /** A {@code file:} URI as the local path the CLI would name; other URIs (hdfs:, s3a:) stay as they are. */
    static String sourceName(String file) {
        if (file == null || !file.startsWith("file:")) {
            return file == null ? "" : file;
        }
        try {
            return new URI(file).getPath();
        } catch (URISyntaxException e) {
            return file;
        }
    }
}
