package io.jstan.bench.stan;

import java.io.IOException;

import io.jstan.bench.stan.client.Payloads;
import io.jstan.bench.stan.client.StanClient;
import io.jstan.bench.stan.report.Latencies;
import io.jstan.bench.stan.report.Sample;

/** One publisher: its share of the messages, sync or async, timed from the first publish to the last PubAck. */
final class PublisherTask implements Runnable {

    private final String clientId;
    private final StanClient client;
    private final String channel;
    private final int count;
    private final int messageSize;
    private final boolean sync;
    private final RunMonitor monitor;
    /** Written by whichever single thread sees the PubAcks (the ack dispatcher, or this task when sync). */
    private final Latencies latencies = new Latencies();
    private long startNanos;
    private long acked;
    private volatile long endNanos;
    private volatile boolean done;

    PublisherTask(String clientId, StanClient client, String channel, int count, int messageSize, boolean sync,
            RunMonitor monitor) {
        this.clientId = clientId;
        this.client = client;
        this.channel = channel;
        this.count = count;
        this.messageSize = messageSize;
        this.sync = sync;
        this.monitor = monitor;
    }

    @Override
    public void run() {
        byte[] payload = new byte[messageSize];
        startNanos = System.nanoTime();
        if (count == 0) {
            finish(startNanos);
            return;
        }
        try {
            for (int i = 0; i < count && monitor.failure() == null; i++) {
                Payloads.stamp(payload, System.nanoTime());
                if (sync) {
                    onAck(client.publish(channel, payload), null);
                } else {
                    client.publishAsync(channel, payload, this::onAck);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            monitor.fail(new IOException("Publisher " + clientId + ": " + e.getMessage(), e));
        }
    }

    private void onAck(long latencyNanos, String error) {
        if (error != null) {
            monitor.fail(new IOException("Publisher \"" + clientId + "\" got following error: " + error));
            return;
        }
        latencies.record(latencyNanos);
        monitor.published.incrementAndGet();
        if (++acked == count) {
            finish(System.nanoTime());
        }
    }

    private void finish(long now) {
        endNanos = now;
        done = true;
    }

    boolean done() {
        return done;
    }

    StanClient client() {
        return client;
    }

    Latencies latencies() {
        return latencies;
    }

    Sample sample() {
        return new Sample(count, (long) count * messageSize, client.natsCounts().messages(),
                client.natsCounts().bytes(), startNanos, endNanos);
    }
}
