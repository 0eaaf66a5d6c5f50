package io.jstan.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.nats.client.Connection;

/** Publishes its share as fast as the client accepts, then flushes so the server has it all. */
final class Publisher implements Runnable {

    private final Connection connection;
    private final String subject;
    private final byte[] payload;
    private final long messages;
    private final CountDownLatch startGate;
    private final Duration timeout;
    private final RunFailures failures;
    private volatile long flushedNanos;

    Publisher(Connection connection, String subject, byte[] payload, long messages,
              CountDownLatch startGate, Duration timeout, RunFailures failures) {
        this.connection = connection;
        this.subject = subject;
        this.payload = payload;
        this.messages = messages;
        this.startGate = startGate;
        this.timeout = timeout;
        this.failures = failures;
    }

    @Override
    public void run() {
        try {
            startGate.await();
            for (long i = 0; i < messages; i++) {
                connection.publish(subject, payload);
            }
            connection.flush(timeout);
            flushedNanos = System.nanoTime();
        } catch (Exception e) {
            failures.record("publisher: " + e);
        }
    }

    /** When the final flush returned, or 0 if it did not. */
    long flushedNanos() {
        return flushedNanos;
    }

    Connection connection() {
        return connection;
    }
}
