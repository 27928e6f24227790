package org.matterstandards.spark;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.matterstandards.core.MatterException;
import org.matterstandards.core.i18n.Messages;
import org.matterstandards.sdk.stats.StatisticsReport;

/**
 * The Spark job (Spark 校验作业): validates NDJSON or exchange-row files and writes one result row per record, and the
 * summary (with the statistics, when asked) in the published JSON shape.
 *
 * <pre>
 * spark-submit --class org.matterstandards.spark.ValidateJob matter-standards-spark-…-job.jar \
 *     [--profile NAME|FILE.properties] [--as-of DATE] [--locale zh-CN|en] [--format parquet|json] [--stats] \
 *     INPUT... OUTPUT
 * </pre>
 *
 * <p>Writes {@code OUTPUT/results} (Parquet by default) and {@code OUTPUT/summary.json}. Exit codes as the CLI's:
 * 0 every record valid, 1 some record has an ERROR, 2 usage error or unreadable input, 3 internal failure.
 */
public final class ValidateJob {

    private ValidateJob() {
    }

    /**
     * Runs the job.
     *
     * @param args options, inputs and the output directory
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the job in a session of its own (the master comes from spark-submit or {@code -Dspark.master}).
     *
     * @param args options, inputs and the output directory
     * @return the exit code
     */
    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ValidateJob [--profile NAME|FILE] [--as-of DATE] [--locale zh-CN|en] "
                    + "[--format parquet|json] [--stats] INPUT... OUTPUT");
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("matter-standards validate").getOrCreate();
        try {
            return run(spark, options);
        } catch (MatterException e) {
            System.err.println(e.getLocalizedMessage(Messages.ZH_CN));
            return 2;
        } catch (Exception e) {
            // Spark's AnalysisException (a path that does not exist) is checked but undeclared: caught here.
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                System.err.println("cannot read the input: " + e.getMessage());
                return 2;
            }
            System.err.println("internal failure: " + e);
            return 3;
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in a given session.
     *
     * @param spark   the session
     * @param options what to do
     * @return 0 when every record is valid, 1 otherwise
     */
    static int run(SparkSession spark, Options options) {
        Instant startedAt = Instant.now();
        try (SparkValidation run = SparkValidation.of(SourceLines.read(spark, options.inputs().toArray(String[]::new)),
                options.spec())) {
            var writer = run.results().write().mode(SaveMode.ErrorIfExists);
            String results = options.output() + "/results";
            if (options.json()) {
                writer.json(results);
            } else {
                writer.parquet(results);
            }
            RunSummary summary = RunSummary.of(spark.read().format(options.json() ? "json" : "parquet").load(results));
            StatisticsReport statistics = options.stats() ? run.statistics() : null;
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.output() + "/summary.json");
            try {
                // The file system is Spark's cached instance, shared: not closed here.
                FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
                try (OutputStream out = fs.create(file, false)) {
                    summary.write(run, statistics, startedAt, Instant.now(), out);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file, e);
            }
            System.out.printf("%d records, %d valid, %d invalid → %s%n", summary.records(), summary.valid(),
                    summary.records() - summary.valid(), options.output());
            return summary.valid() == summary.records() ? 0 : 1;
        }
    }

    /**
     * The job's options.
     *
     * @param spec   the validator spec
     * @param json   {@code true} to write JSON lines instead of Parquet
     * @param stats  {@code true} to add the statistics to the summary
     * @param inputs input files, directories or globs
     * @param output the output directory
     */
    record Options(ValidatorSpec spec, boolean json, boolean stats, List<String> inputs, String output) {

        static Options parse(String[] args) {
            ValidatorSpec spec = ValidatorSpec.profile("national");
            boolean json = false;
            boolean stats = false;
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--profile" -> {
                        String value = value(args, ++i, arg);
                        ValidatorSpec chosen = value.endsWith(".properties") && Files.isRegularFile(Path.of(value))
                                ? ValidatorSpec.profileFile(Path.of(value)) : ValidatorSpec.profile(value);
                        spec = new ValidatorSpec(chosen.profile(), chosen.profileText(), chosen.profileSource(),
                                spec.locale(), spec.asOf(), spec.kind());
                    }
                    case "--as-of" -> {
                        try {
                            spec = spec.withAsOf(LocalDate.parse(value(args, ++i, arg)));
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--as-of needs a date like 2026-12-03: " + args[i]);
                        }
                    }
                    case "--locale" -> spec = spec.withLocale(Messages.parseLocale(value(args, ++i, arg)));
                    case "--format" -> {
                        String format = value(args, ++i, arg);
                        if (!format.equals("json") && !format.equals("parquet")) {
                            throw new IllegalArgumentException("--format is parquet or json, not " + format);
                        }
                        json = format.equals("json");
                    }
                    case "--stats" -> stats = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        paths.add(arg);
                    }
                }
            }
            if (paths.size() < 2) {
                throw new IllegalArgumentException("give at least one INPUT and the OUTPUT directory");
            }
            return new Options(spec, json, stats, List.copyOf(paths.subList(0, paths.size() - 1)),
                    paths.get(paths.size() - 1));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
