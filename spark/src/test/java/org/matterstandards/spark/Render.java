package org.matterstandards.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** One text line per record result, the same for SDK results and Spark rows, so that lists of them can be compared. */
final class Render {

    private Render() {
    }

    static String record(String file, long index, String id, String kind, boolean valid) {
        return file + "#" + index + " id=" + id + " kind=" + kind + " valid=" + valid;
    }

    static String finding(String code, String severity, String pointer, String message) {
        return " | " + code + " " + severity + " " + pointer + " " + message;
    }

    static String suppressed(String code, String pointer, String message, String reason) {
        return " | suppressed " + code + " " + pointer + " " + message + " (" + reason + ")";
    }

    /** The lines of Spark result rows ({@link ResultSchema#RESULT}), sorted as the SDK reports: file, then index. */
    static List<String> rows(List<Row> results) {
        List<Row> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> {
            int byFile = a.<String>getAs("file").compareTo(b.getAs("file"));
            return byFile != 0 ? byFile : Long.compare(a.getAs("index"), b.getAs("index"));
        });
        List<String> lines = new ArrayList<>();
        for (Row row : sorted) {
            StringBuilder line = new StringBuilder(record(row.getAs("file"), row.<Long>getAs("index"),
                    row.getAs("recordId"), row.getAs("kind"), row.<Boolean>getAs("valid")));
            for (Row f : row.<Row>getList(row.fieldIndex("findings"))) {
                line.append(finding(f.getAs("code"), f.getAs("severity"), f.getAs("pointer"), f.getAs("message")));
            }
            for (Row s : row.<Row>getList(row.fieldIndex("suppressed"))) {
                line.append(suppressed(s.getAs("code"), s.getAs("pointer"), s.getAs("message"), s.getAs("reason")));
            }
            line.append(" skipped=").append(row.<String>getList(row.fieldIndex("skippedStages")).toString());
            lines.add(line.toString());
        }
        return lines;
    }
}
