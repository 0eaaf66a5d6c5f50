package io.jstan.streaming.transport;

import io.jstan.nats.client.InProcessConnection;
import io.jstan.nats.client.InProcessSubscription;
import io.jstan.streaming.time.Scheduler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The streaming core attached to the embedded NATS server in process: no socket, no encoding.
 * Requests share one wildcard reply subscription; a reply carrying the 503 status is the server
 * saying nobody listens, never a reply.
 */
public final class InProcessTransport implements NatsTransport {

    private static final Logger log = LoggerFactory.getLogger(InProcessTransport.class);
    private static final byte[] NO_RESPONDERS_STATUS = "NATS/1.0 503".getBytes(StandardCharsets.US_ASCII);

    private final InProcessConnection connection;
    private final PendingRequests requests;
    private volatile InProcessSubscription replies;

    public InProcessTransport(InProcessConnection connection, Scheduler scheduler) {
        this.connection = connection;
        this.requests = new PendingRequests(scheduler);
    }

    @Override
    public Subscription subscribe(String subject, Handler handler) {
        InProcessSubscription sub = connection.subscribe(subject, null,
                m -> handler.onMessage(m.subject(), m.replyTo(), m.data()));
        return sub::unsubscribe;
    }

    /**
     * Publishes; a subject a client supplied that NATS cannot carry (an empty or wildcard inbox)
     * is dropped, as the NATS server drops what nobody can receive, and so is anything published
     * while shutting down.
     */
    @Override
    public void publish(String subject, String replyTo, byte[] data) {
        try {
            connection.publish(subject, replyTo, data);
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.debug("Dropped a message to {}: {}", subject, e.getMessage());
        }
    }

    @Override
    public CompletableFuture<byte[]> request(String subject, byte[] data, Duration timeout) {
        ensureReplySubscription();
        PendingRequests.Request request = requests.register(subject, timeout);
        try {
            connection.publish(subject, request.replyTo(), data);
        } catch (RuntimeException e) {
            requests.failed(request.replyTo(), e);
        }
        return request.future();
    }

    @Override
    public void flush(Duration timeout) {
        // In-process subscriptions are in the server's index once subscribe returns.
    }

    @Override
    public String newInbox() {
        return "_INBOX." + Nuid.next();
    }

    @Override
    public void close() {
        connection.close();
    }

    private void ensureReplySubscription() {
        if (replies == null) {
            synchronized (this) {
                if (replies == null) {
                    replies = connection.subscribe(requests.replySubjects(), null,
                            reply -> requests.replied(reply.subject(), reply.data(), isNoResponders(reply.headers())));
                }
            }
        }
    }

    private static boolean isNoResponders(byte[] headers) {
        if (headers == null || headers.length < NO_RESPONDERS_STATUS.length) {
            return false;
        }
        for (int i = 0; i < NO_RESPONDERS_STATUS.length; i++) {
            if (headers[i] != NO_RESPONDERS_STATUS[i]) {
                return false;
            }
        }
        return true;
    }
}
