package org.igniterealtime.openfire.plugin.mucderegister.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link InterceptorBenchmark} with JMH's allocation profiler and prints, per stanza, the
 * time and the bytes allocated per stanza with the plugin's interceptors and with interceptors
 * that return at once, and the difference: what the plugin adds. Started by
 * {@code ./mvnw -Pbench verify}; {@code -Dbench.jmh.forks}, {@code .warmups},
 * {@code .iterations} and {@code .seconds} change the run's length.
 */
public final class InterceptorCost {

    private static final double TARGET_NS = 25;

    private InterceptorCost() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = Integer.getInteger("bench.jmh.forks", 1);
        int warmups = Integer.getInteger("bench.jmh.warmups", 3);
        int iterations = Integer.getInteger("bench.jmh.iterations", 5);
        int seconds = Integer.getInteger("bench.jmh.seconds", 1);
        String stanzas = System.getProperty("bench.jmh.include", ".*");
        // Another JVM for the forks (-Dbench.jmh.jvm=/path/to/bin/java), to compare Java releases.
        String jvm = System.getProperty("bench.jmh.jvm", "");
        ChainedOptionsBuilder builder = new OptionsBuilder();
        if (!jvm.isEmpty()) {
            builder = builder.jvm(jvm);
        }
        Options options = builder
                .include(InterceptorBenchmark.class.getName() + "\\.")
                .param("stanza", params(stanzas))
                .addProfiler("gc")
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xms512m", "-Xmx512m")
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Row> rows = new TreeMap<>();
        for (RunResult result : results) {
            String stanza = result.getParams().getParam("release") + " " + result.getParams().getParam("stanza");
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            Row row = rows.computeIfAbsent(stanza, Row::new);
            double median = medianIteration(result);
            double bytes = allocatedPerOp(result);
            if ("plugin".equals(method)) {
                row.pluginNs = median;
                row.pluginMean = result.getPrimaryResult().getScore();
                row.pluginBytes = bytes;
            } else {
                row.baselineNs = median;
                row.baselineMean = result.getPrimaryResult().getScore();
                row.baselineBytes = bytes;
            }
        }
        print(rows.values());
    }

    /** The stanza parameters whose names match a regular expression (all by default). */
    private static String[] params(String regex) {
        List<String> chosen = new ArrayList<>();
        for (InterceptorBenchmark.Stanza stanza : InterceptorBenchmark.Stanza.values()) {
            if (stanza.name().matches(regex)) {
                chosen.add(stanza.name());
            }
        }
        if ("MIX".matches(regex)) {
            chosen.add("MIX");
        }
        return chosen.toArray(new String[0]);
    }

    /**
     * The median of the measured iterations: on a shared machine a few iterations that other
     * processes slowed down move the mean, not the median.
     */
    private static double medianIteration(RunResult result) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        Collections.sort(scores);
        int n = scores.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
    }

    private static double allocatedPerOp(RunResult result) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return secondary.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static void print(Collection<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n=== Interceptor cost per stanza that is not the plugin's"
                + " (%s, %d cores; target: at most %.0f ns and 0 bytes more than the baseline) ===%n",
                jvmName(), Runtime.getRuntime().availableProcessors(), TARGET_NS));
        table.append("Time: median of the measured iterations (mean in brackets). Bytes: JMH's gc.alloc.rate.norm.\n");
        table.append("Release: the plugin's interceptors as registered on 4.2 to 4.6, or on 4.7 and later.\n");
        table.append("| release, stanza | plugin ns/stanza | baseline ns/stanza | added ns | plugin B/stanza | baseline B/stanza | added B |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        boolean withinTarget = true;
        for (Row row : rows) {
            double addedNs = row.pluginNs - row.baselineNs;
            double addedBytes = row.pluginBytes - row.baselineBytes;
            withinTarget &= addedNs <= TARGET_NS && Math.round(addedBytes) <= 0;
            table.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f) | %.1f (%.1f) | %.1f | %.0f | %.0f | %.0f |%n",
                    row.stanza.toLowerCase(Locale.ROOT).replace('_', '-'), row.pluginNs, row.pluginMean,
                    row.baselineNs, row.baselineMean, addedNs, row.pluginBytes, row.baselineBytes, addedBytes));
        }
        table.append(withinTarget ? "All within the target.\n" : "NOT all within the target.\n");
        System.out.println(table);
    }

    private static String jvmName() {
        String jvm = System.getProperty("bench.jmh.jvm", "");
        return jvm.isEmpty() ? "JDK " + System.getProperty("java.version") : jvm;
    }

    private static final class Row {
        final String stanza;
        double pluginNs = Double.NaN;
        double pluginMean = Double.NaN;
        double pluginBytes = Double.NaN;
        double baselineNs = Double.NaN;
        double baselineMean = Double.NaN;
        double baselineBytes = Double.NaN;

        Row(String stanza) {
            this.stanza = stanza;
        }
    }
}
