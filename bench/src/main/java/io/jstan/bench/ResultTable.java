package io.jstan.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects the runs per scenario and server, and prints medians and the candidate/baseline ratio. */
final class ResultTable {

    private final String candidate;
    private final String baseline;
    private final Map<Scenario, Map<String, List<RunResult>>> runs = new LinkedHashMap<>();

    ResultTable(String candidate, String baseline) {
        this.candidate = candidate;
        this.baseline = baseline;
    }

    void add(Scenario scenario, String server, RunResult result) {
        runs.computeIfAbsent(scenario, s -> new LinkedHashMap<>())
                .computeIfAbsent(server, s -> new ArrayList<>())
                .add(result);
    }

    boolean anyFailed() {
        return runs.values().stream()
                .flatMap(byServer -> byServer.values().stream())
                .flatMap(List::stream)
                .anyMatch(result -> !result.ok());
    }

    void print(PrintStream out) {
        out.printf("%nmedians of completed runs; spread = (max - min) / median of aggregate;%n"
                + "ratio = %s / %s of the aggregate medians, paired = median of the per-round ratios%n",
                candidate, baseline);
        out.printf("%-12s %-14s %14s %14s %14s %7s %5s%n",
                "scenario", "server", "pub msgs/s", "sub msgs/s", "aggregate", "spread", "runs");
        for (Map.Entry<Scenario, Map<String, List<RunResult>>> entry : runs.entrySet()) {
            String label = entry.getKey().label();
            Map<String, List<RunResult>> byServer = entry.getValue();
            for (String server : List.of(candidate, baseline)) {
                List<RunResult> results = byServer.getOrDefault(server, List.of());
                out.printf("%-12s %-14s %14s %14s %14s %7s %5s%n", label, server,
                        rate(median(results, RunResult::publishRate)),
                        rate(median(results, RunResult::receiveRate)),
                        rate(median(results, RunResult::aggregateRate)),
                        spread(results),
                        completed(results) + "/" + results.size());
            }
            List<RunResult> ours = byServer.getOrDefault(candidate, List.of());
            List<RunResult> theirs = byServer.getOrDefault(baseline, List.of());
            double ratio = median(ours, RunResult::aggregateRate) / median(theirs, RunResult::aggregateRate);
            out.printf("%-12s %-14s %44s   paired %s%n", label, "ratio", times(ratio),
                    times(pairedRatio(ours, theirs)));
        }
    }

    /** Runs of one round ran back to back, so their ratio cancels most of the machine's drift. */
    private static double pairedRatio(List<RunResult> ours, List<RunResult> theirs) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
            if (ours.get(i).ok() && theirs.get(i).ok()) {
                ratios.add(ours.get(i).aggregateRate() / theirs.get(i).aggregateRate());
            }
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    private static String times(double ratio) {
        return Double.isFinite(ratio) ? String.format("%.2fx", ratio) : "-";
    }

    private static String spread(List<RunResult> results) {
        double[] values = sorted(results, RunResult::aggregateRate);
        if (values.length < 2) {
            return "-";
        }
        return String.format("%.0f%%", 100 * (values[values.length - 1] - values[0]) / median(values));
    }

    private static long completed(List<RunResult> results) {
        return results.stream().filter(RunResult::ok).count();
    }

    /** Median over completed runs only; NaN when none completed. */
    private static double median(List<RunResult> results, ToDoubleFunction<RunResult> metric) {
        return median(sorted(results, metric));
    }

    private static double[] sorted(List<RunResult> results, ToDoubleFunction<RunResult> metric) {
        return results.stream().filter(RunResult::ok).mapToDouble(metric).sorted().toArray();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "-" : String.format("%,.0f", perSecond);
    }
}
