package org.matterstandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Compares builds in one JVM (两个构建同场比较): each benchmark jar given is loaded in a class loader of its own, and the
 * chosen {@link PipelineBenchmark} steps of every jar run interleaved, in a fresh random order each round, timed by
 * the thread's CPU time. On this shared machine, wall time swings with the other processes' load between two runs
 * (the full pipeline measured 7–12% of {@code readTree} within minutes at load 7–10); CPU time in one JVM, with both
 * builds seeing the same moments, compares a change before and after.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.matterstandards.benchmarks.JarComparison OLD.jar
 * NEW.jar -- generator readTree,stageParse,stageSchema,validate 200} (a copy of {@code benchmarks.jar} per build;
 * the size is {@code generator} or {@code long}; the last argument is the number of rounds).
 */
public final class JarComparison {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private JarComparison() {
    }

    /** One step of one build. */
    private record Step(String jar, String name, Object state, Method method) {
    }

    /**
     * Measures and prints a Markdown table: median CPU microseconds per record and the share of the same build's
     * {@code readTree} (when it is among the steps).
     *
     * @param args the jars, {@code --}, the record size, the steps (comma-separated) and the number of rounds
     * @throws ReflectiveOperationException when a jar has no {@link PipelineBenchmark} with those steps
     * @throws MalformedURLException        when a jar's path cannot be a URL
     */
    public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
        int separator = Arrays.asList(args).indexOf("--");
        String size = args[separator + 1];
        String[] names = args[separator + 2].split(",");
        int rounds = Integer.parseInt(args[separator + 3]);
        List<Step> steps = new ArrayList<>();
        for (String jar : Arrays.copyOf(args, separator)) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(PipelineBenchmark.class.getName());
            Object state = type.getConstructor().newInstance();
            type.getField("size").set(state, size);
            type.getMethod("setUp").invoke(state);
            for (String name : names) {
                steps.add(new Step(Path.of(jar).getFileName().toString(), name, state, type.getMethod(name)));
            }
        }
        long[][] nanos = new long[steps.size()][rounds];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            order.add(i);
        }
        Random random = new Random(1);
        // A third of the rounds more before counting: every build's code compiled before any round counts.
        for (int round = -rounds / 3; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                long time = batch(steps.get(i));
                if (round >= 0) {
                    nanos[i][round] = time;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%s records, median thread CPU time of %d interleaved rounds of %d%n%n",
                size, rounds, PipelineBenchmark.RECORDS);
        System.out.println("| build | step | µs/record | % of the build's readTree |");
        System.out.println("| --- | --- | ---: | ---: |");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double micros = median(nanos[i]) / 1000.0 / PipelineBenchmark.RECORDS;
            double readTree = Double.NaN;
            for (int k = 0; k < steps.size(); k++) {
                if (steps.get(k).jar().equals(step.jar()) && steps.get(k).name().equals("readTree")) {
                    readTree = median(nanos[k]) / 1000.0 / PipelineBenchmark.RECORDS;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.0f%% |%n", step.jar(), step.name(), micros,
                    100 * readTree / micros);
        }
    }

    private static long batch(Step step) throws IllegalAccessException, InvocationTargetException {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < PipelineBenchmark.RECORDS; i++) {
            step.method().invoke(step.state());
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
