package io.jstan.streaming.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the streaming core talks to NATS: the embedded server in process, or an external server
 * through a client library. Handlers run on a transport thread and must not block.
 */
public interface NatsTransport extends AutoCloseable {

    /** A message received on a subscription. */
    @FunctionalInterface
    interface Handler {
        void onMessage(String subject, String replyTo, byte[] data);
    }

    /** A live subscription of the transport. */
    interface Subscription {
        void unsubscribe();
    }

    Subscription subscribe(String subject, Handler handler);

    /** Publishes; messages published from one thread keep their order. */
    void publish(String subject, String replyTo, byte[] data);

    /**
     * Sends a request and completes with the reply's payload; completes exceptionally on
     * timeout, and when the NATS server reports that nobody listens on the subject.
     */
    CompletableFuture<byte[]> request(String subject, byte[] data, Duration timeout);

    /** Returns once the NATS server has registered every subscription made before. */
    void flush(Duration timeout) throws InterruptedException;

    /** A new unique inbox subject, {@code _INBOX.<nuid>}. */
    String newInbox();

    @Override
    void close();
}
