package io.jstan.streaming.transport;

import io.jstan.nats.client.InProcessConnection;
import io.jstan.nats.client.InProcessSubscription;
import io.jstan.nats.client.Message;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.Timer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The streaming core attached to the embedded NATS server in process: no socket, no encoding.
 * Requests share one wildcard reply subscription; a reply carrying the 503 status is the server
 * saying nobody listens, never a reply.
 */
public final class InProcessTransport implements NatsTransport {

    private static final byte[] NO_RESPONDERS_STATUS = "NATS/1.0 503".getBytes(StandardCharsets.US_ASCII);

    private final InProcessConnection connection;
    private final Scheduler scheduler;
    private final String replyPrefix = "_INBOX." + Nuid.next() + ".";
    private final AtomicLong nextToken = new AtomicLong();
    private final Map<String, CompletableFuture<byte[]>> requests = new ConcurrentHashMap<>();
    private volatile InProcessSubscription replies;

    public InProcessTransport(InProcessConnection connection, Scheduler scheduler) {
        this.connection = connection;
        this.scheduler = scheduler;
    }

    @Override
    public Subscription subscribe(String subject, Handler handler) {
        InProcessSubscription sub = connection.subscribe(subject, null,
                m -> handler.onMessage(m.subject(), m.replyTo(), m.data()));
        return sub::unsubscribe;
    }

    @Override
    public void publish(String subject, String replyTo, byte[] data) {
        connection.publish(subject, replyTo, data);
    }

    @Override
    public CompletableFuture<byte[]> request(String subject, byte[] data, Duration timeout) {
        ensureReplySubscription();
        String replyTo = replyPrefix + nextToken.incrementAndGet();
        CompletableFuture<byte[]> future = new CompletableFuture<>();
        requests.put(replyTo, future);
        Timer timer = scheduler.schedule(Runnable::run, timeout.toNanos(), () -> {
            if (requests.remove(replyTo) != null) {
                future.completeExceptionally(new RequestTimeoutException(subject));
            }
        });
        future.whenComplete((r, e) -> timer.cancel());
        try {
            connection.publish(subject, replyTo, data);
        } catch (RuntimeException e) {
            requests.remove(replyTo);
            future.completeExceptionally(e);
        }
        return future;
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
                    replies = connection.subscribe(replyPrefix + "*", null, this::onReply);
                }
            }
        }
    }

    private void onReply(Message reply) {
        CompletableFuture<byte[]> future = requests.remove(reply.subject());
        if (future == null) {
            return;
        }
        if (isNoResponders(reply.headers())) {
            future.completeExceptionally(new NoRespondersException(reply.subject()));
        } else {
            future.complete(reply.data());
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
