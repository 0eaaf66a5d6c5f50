package io.jstan.bench;

/** What one run of a scenario against one server measured; {@code failure} is null when it completed. */
record RunResult(long published, long received, long publishNanos, long totalNanos, String failure) {

    static RunResult failed(String failure) {
        return new RunResult(0, 0, 0, 0, failure);
    }

    boolean ok() {
        return failure == null;
    }

    /** Published messages per second, until the last publisher's flush returned. */
    double publishRate() {
        return perSecond(published, publishNanos);
    }

    /** Received messages (all subscribers) per second, from first publish to last delivery. */
    double receiveRate() {
        return perSecond(received, totalNanos);
    }

    /** Published plus received messages per second over the whole run, as nats-bench reports it. */
    double aggregateRate() {
        return perSecond(published + received, totalNanos);
    }

    private static double perSecond(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }
}
