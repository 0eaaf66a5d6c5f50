package io.jstan.bench.stan.report;

import org.HdrHistogram.Histogram;

/** A latency distribution in nanoseconds; one per client, each written by one thread at a time. */
public final class Latencies {

    private final Histogram histogram = new Histogram(3);

    public void record(long nanos) {
        histogram.recordValue(Math.max(0, nanos));
    }

    public void add(Latencies other) {
        histogram.add(other.histogram);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public long percentile(double percent) {
        return histogram.getValueAtPercentile(percent);
    }

    public long max() {
        return histogram.getMaxValue();
    }

    /** "p50 120.0us | p90 ... | max 3.21ms (1,000,000 samples)". */
    public String summary() {
        return "p50 " + Formats.duration(percentile(50)) + " | p90 " + Formats.duration(percentile(90))
                + " | p99 " + Formats.duration(percentile(99)) + " | p99.9 " + Formats.duration(percentile(99.9))
                + " | max " + Formats.duration(max()) + " (" + Formats.comma(count()) + " samples)";
    }
}
