package io.jstan.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.MessageHandler;

/** A subscriber on its own connection that counts deliveries and notes when the last one came. */
final class CountingSubscriber implements MessageHandler, AutoCloseable {

    private final Connection connection;
    private final Dispatcher dispatcher;
    private final long expected;
    private final CountDownLatch done = new CountDownLatch(1);
    // Only the dispatcher thread touches these until done opens.
    private long count;
    private long lastNanos;

    CountingSubscriber(Connection connection, String subject, long expected, Duration timeout)
            throws InterruptedException, TimeoutException {
        this.connection = connection;
        this.expected = expected;
        this.dispatcher = connection.createDispatcher(this);
        // Unlimited: the run fails on a lost message anyway, and dropping would hide why.
        dispatcher.setPendingLimits(0, 0);
        dispatcher.subscribe(subject);
        // The server must know the interest before the first publish.
        connection.flush(timeout);
    }

    @Override
    public void onMessage(Message msg) {
        if (++count == expected) {
            lastNanos = System.nanoTime();
            done.countDown();
        }
    }

    boolean awaitAll(long deadlineNanos) throws InterruptedException {
        return done.await(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** Valid once {@link #awaitAll} returned true. */
    long lastNanos() {
        return lastNanos;
    }

    long delivered() {
        return dispatcher.getDeliveredCount();
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
    }
}
