package io.jstan.bench.stan.report;

import java.util.ArrayList;
import java.util.List;

/** The samples of all publishers (or all subscribers), and their aggregate over the whole span. */
public final class SampleGroup {

    private final List<Sample> samples = new ArrayList<>();

    public void add(Sample sample) {
        samples.add(sample);
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    public boolean hasSamples() {
        return !samples.isEmpty();
    }

    /** From the earliest start to the latest end, with every client's messages and bytes. */
    public Sample aggregate() {
        return combine(samples);
    }

    static Sample combine(List<Sample> samples) {
        long jobs = 0;
        long bytes = 0;
        long natsMessages = 0;
        long natsBytes = 0;
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Sample s : samples) {
            jobs += s.jobMessages();
            bytes += s.messageBytes();
            natsMessages += s.natsMessages();
            natsBytes += s.natsBytes();
            start = Math.min(start, s.startNanos());
            end = Math.max(end, s.endNanos());
        }
        return samples.isEmpty() ? new Sample(0, 0, 0, 0, 0, 0)
                : new Sample(jobs, bytes, natsMessages, natsBytes, start, end);
    }

    public long minRate() {
        return samples.stream().mapToLong(Sample::rate).min().orElse(0);
    }

    public long maxRate() {
        return samples.stream().mapToLong(Sample::rate).max().orElse(0);
    }

    /** Integer mean of the client rates, as upstream computes it. */
    public long avgRate() {
        if (samples.isEmpty()) {
            return 0;
        }
        long sum = samples.stream().mapToLong(Sample::rate).sum();
        return sum / samples.size();
    }

    /** Population standard deviation of the client rates around {@link #avgRate()}. */
    public double stdDev() {
        if (samples.isEmpty()) {
            return 0;
        }
        double avg = avgRate();
        double sum = 0;
        for (Sample s : samples) {
            sum += Math.pow(s.rate() - avg, 2);
        }
        return Math.sqrt(sum / samples.size());
    }

    public String statistics() {
        return "min " + Formats.comma(minRate()) + " | avg " + Formats.comma(avgRate()) + " | max "
                + Formats.comma(maxRate()) + " | stddev " + Formats.comma((long) stdDev()) + " msgs";
    }

    @Override
    public String toString() {
        return aggregate().toString();
    }
}
