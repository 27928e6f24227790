package org.matterstandards.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] session of all Spark tests: starting Spark costs seconds, so every test class of the fork shares
 * it, and it stops when the JVM ends.
 */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("matter-standards-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    // Tiny data: compiling generated code for each query costs more than it saves.
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
