package io.jstan.streaming.transport;

import io.jstan.streaming.time.Scheduler;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * The streaming core over an external NATS server, through the official Java client. One
 * connection carries everything, so what the core publishes leaves in the order it was
 * published (a SubscriptionResponse before the subscription's first messages) and a
 * subscription is registered before anything published after it. One dispatcher thread hands
 * every message to the core in arrival order (acks and publishes before a later unsubscribe or
 * close), with no pending limit; subscription requests alone keep the default limit on their own
 * dispatcher, so an overloaded server sheds them rather than growing without bound.
 */
public final class JnatsTransport implements NatsTransport {

    private static final Logger log = LoggerFactory.getLogger(JnatsTransport.class);
    private static final Duration RECONNECT_WAIT = Duration.ofMillis(250);
    /** Publishes queue here while the writer catches up; the default 5,000 would block bursts. */
    private static final int OUTGOING_QUEUE = 1 << 20;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final Connection connection;
    private final Dispatcher dispatcher;
    private final Dispatcher limited;
    private final String limitedSubject;
    private final PendingRequests requests;

    private JnatsTransport(Connection connection, String limitedSubject, Scheduler scheduler) {
        this.connection = connection;
        this.limitedSubject = limitedSubject;
        this.requests = new PendingRequests(scheduler);
        this.dispatcher = connection.createDispatcher();
        dispatcher.setPendingLimits(0, 0); // 0 = unlimited
        this.limited = connection.createDispatcher();
        dispatcher.subscribe(requests.replySubjects(), reply -> requests.replied(reply.getSubject(),
                reply.getData(), isNoResponders(reply)));
    }

    /**
     * Connects to the first reachable server of {@code urls}, failing if none answers, then
     * reconnects forever; {@code limitedSubject} is the subscription-request subject.
     */
    public static JnatsTransport connect(List<String> urls, NatsClientOptions client, String clusterId,
                                         String limitedSubject, Scheduler scheduler)
            throws IOException, InterruptedException {
        JnatsEvents events = new JnatsEvents();
        Options.Builder options = new Options.Builder()
                .servers(urls.toArray(String[]::new))
                .connectionName("_NSS-" + clusterId + "-general")
                .maxReconnects(-1)
                .reconnectWait(RECONNECT_WAIT)
                .reconnectBufferSize(0) // as upstream: nothing is buffered while disconnected
                .maxMessagesInOutgoingQueue(OUTGOING_QUEUE)
                .connectionListener(events)
                .errorListener(events);
        if (client.username != null) {
            options.userInfo(client.username, client.password == null ? "" : client.password);
        }
        if (client.token != null) {
            options.token(client.token.toCharArray());
        }
        if (client.tls()) {
            options.sslContext(ClientTls.context(client));
        }
        Connection connection = Nats.connect(options.build());
        log.info("Connected to NATS Server at {}", connection.getConnectedUrl());
        return new JnatsTransport(connection, limitedSubject, scheduler);
    }

    @Override
    public Subscription subscribe(String subject, Handler handler) {
        Dispatcher owner = subject.equals(limitedSubject) ? limited : dispatcher;
        io.nats.client.Subscription sub = owner.subscribe(subject,
                m -> handler.onMessage(m.getSubject(), m.getReplyTo(), m.getData()));
        return () -> owner.unsubscribe(sub);
    }

    /**
     * Publishes; a subject a client supplied that NATS cannot carry, or a message published
     * while disconnected or closing, is dropped, as a NATS server drops what nobody can receive.
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
        PendingRequests.Request request = requests.register(subject, timeout);
        try {
            connection.publish(subject, request.replyTo(), data);
        } catch (RuntimeException e) {
            requests.failed(request.replyTo(), e);
        }
        return request.future();
    }

    @Override
    public void flush(Duration timeout) throws InterruptedException {
        try {
            connection.flush(timeout);
        } catch (TimeoutException e) {
            log.warn("NATS flush did not complete within {}", timeout);
        }
    }

    @Override
    public String newInbox() {
        return "_INBOX." + Nuid.next();
    }

    @Override
    public void close() {
        try {
            connection.flush(CLOSE_TIMEOUT);
        } catch (TimeoutException | IllegalStateException e) {
            log.debug("Closing without a final flush: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isNoResponders(Message reply) {
        return reply.isStatusMessage() && reply.getStatus().isNoResponders();
    }
}
