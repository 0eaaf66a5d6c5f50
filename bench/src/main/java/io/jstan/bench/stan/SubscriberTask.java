package io.jstan.bench.stan;

import java.util.concurrent.atomic.AtomicLong;

import io.jstan.bench.stan.client.StanClient;
import io.jstan.bench.stan.report.Latencies;
import io.jstan.bench.stan.report.Sample;

/**
 * One subscriber, timed from its first message to its last. A plain subscriber is done when it has
 * all the messages; queue members are done together, when the group as a whole has them all.
 */
final class SubscriberTask {

    private final StanClient client;
    private final long expected;
    private final int messageSize;
    private final long runStartNanos;
    private final RunMonitor monitor;
    /** Messages of the whole queue group; null for a plain subscriber. */
    private final AtomicLong groupReceived;
    /** Written by the subscription's one dispatcher thread. */
    private final Latencies latencies = new Latencies();
    private volatile long received;
    private volatile long firstNanos;
    private volatile long lastNanos;

    SubscriberTask(StanClient client, long expected, int messageSize, long runStartNanos, RunMonitor monitor,
            AtomicLong groupReceived) {
        this.client = client;
        this.expected = expected;
        this.messageSize = messageSize;
        this.runStartNanos = runStartNanos;
        this.monitor = monitor;
        this.groupReceived = groupReceived;
    }

    void onMessage(long publishNanos) {
        long now = System.nanoTime();
        if (groupReceived == null ? received >= expected : groupReceived.get() >= expected) {
            return;
        }
        if (received == 0) {
            firstNanos = now;
        }
        // Stamps from before this run (an older process, a replayed channel) mean nothing here.
        if (publishNanos >= runStartNanos && publishNanos <= now) {
            latencies.record(now - publishNanos);
        }
        lastNanos = now;
        received = received + 1;
        if (groupReceived != null) {
            groupReceived.incrementAndGet();
        }
        monitor.received.incrementAndGet();
    }

    boolean done() {
        return (groupReceived == null ? received : groupReceived.get()) >= expected;
    }

    StanClient client() {
        return client;
    }

    Latencies latencies() {
        return latencies;
    }

    Sample sample() {
        long count = received;
        return new Sample(count, count * messageSize, client.natsCounts().messages(), client.natsCounts().bytes(),
                count == 0 ? lastNanos : firstNanos, lastNanos);
    }
}
