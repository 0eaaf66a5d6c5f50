package io.jstan.bench.stan.report;

/**
 * What one client (or a group of them) did: {@code jobMessages} messages of the benchmark between
 * two instants, plus its NATS-level traffic. Rates follow upstream: messages per second over the span.
 */
public record Sample(long jobMessages, long messageBytes, long natsMessages, long natsBytes, long startNanos,
        long endNanos) {

    public long durationNanos() {
        // A span of zero would divide by zero; one nanosecond is as close as the clock gets.
        return Math.max(1, endNanos - startNanos);
    }

    public double seconds() {
        return durationNanos() / 1e9;
    }

    /** Messages per second, truncated like upstream's int64 conversion. */
    public long rate() {
        return (long) (jobMessages / seconds());
    }

    /** Payload bytes per second. */
    public double throughput() {
        return messageBytes / seconds();
    }

    @Override
    public String toString() {
        return Formats.comma(rate()) + " msgs/sec ~ " + Formats.humanBytes(throughput()) + "/sec";
    }
}
