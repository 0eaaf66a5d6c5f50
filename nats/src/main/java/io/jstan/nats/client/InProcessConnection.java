package io.jstan.nats.client;

import io.jstan.nats.server.Client;
import io.jstan.nats.server.Outbound;
import io.jstan.nats.server.Router;
import io.jstan.nats.server.ServerContext;
import io.jstan.nats.server.Subscription;
import io.jstan.nats.subjects.Subjects;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A client of the embedded server that lives in the same JVM: it publishes and subscribes
 * with the semantics of a socket client (subjects, wildcards, queue groups, echo, headers)
 * without a socket or any protocol encoding.
 */
public final class InProcessConnection implements AutoCloseable {

    private final Router router;
    private final String name;
    private final LocalClient client;
    private final Map<String, InProcessSubscription> handlers = new ConcurrentHashMap<>();
    private final AtomicLong nextSid = new AtomicLong();

    public InProcessConnection(ServerContext server, String name) {
        this.router = server.router();
        this.name = name;
        this.client = new LocalClient(server.connections().nextCid());
    }

    public String name() {
        return name;
    }

    public void publish(String subject, byte[] data) {
        publish(subject, null, null, data);
    }

    public void publish(String subject, String replyTo, byte[] data) {
        publish(subject, replyTo, null, data);
    }

    /** Publishes a message; {@code headers} is a complete NATS header block or null. */
    public void publish(String subject, String replyTo, byte[] headers, byte[] data) {
        ensureOpen();
        if (!Subjects.isValidPublishSubject(subject)) {
            throw new IllegalArgumentException("invalid publish subject: " + subject);
        }
        int headerLength = headers == null ? 0 : headers.length;
        ByteBuf message = headers == null
                ? Unpooled.wrappedBuffer(data)
                : Unpooled.wrappedBuffer(headers, data);
        router.route(client, subject, replyTo, headerLength, message);
    }

    /** Subscribes; {@code queue} is null for a plain subscription. */
    public InProcessSubscription subscribe(String subject, String queue, MessageHandler handler) {
        ensureOpen();
        if (!Subjects.isValidSubscribeSubject(subject)) {
            throw new IllegalArgumentException("invalid subject: " + subject);
        }
        String sid = Long.toString(nextSid.incrementAndGet());
        // Register the handler first: a message may arrive as soon as the index holds the subscription.
        InProcessSubscription[] created = new InProcessSubscription[1];
        router.subscribe(client, subject, queue, sid, s -> {
            created[0] = new InProcessSubscription(this, s, handler);
            handlers.put(sid, created[0]);
        });
        return created[0];
    }

    void unsubscribe(InProcessSubscription subscription, long max) {
        if (max > 0) {
            router.unsubscribeAfter(subscription.subscription, max);
        } else {
            router.unsubscribe(subscription.subscription);
        }
    }

    @Override
    public void close() {
        if (!client.isClosed()) {
            client.close();
            router.removeAll(client);
            handlers.clear();
        }
    }

    private void ensureOpen() {
        if (client.isClosed()) {
            throw new IllegalStateException("connection closed");
        }
    }

    /** The routing face of this connection: deliveries call the subscription's handler. */
    private final class LocalClient extends Client {

        LocalClient(long cid) {
            super(cid);
            headers(true);
            // Requesters learn at once that nobody listens, as with a socket client.
            noResponders(true);
        }

        void close() {
            markClosed();
        }

        private final LongAdder outMsgs = new LongAdder();
        private final LongAdder outBytes = new LongAdder();

        @Override
        public long outMsgs() {
            return outMsgs.sum();
        }

        @Override
        public long outBytes() {
            return outBytes.sum();
        }

        @Override
        protected Outbound deliver(Subscription subscription, String subject, String replyTo,
                                   int headerLength, ByteBuf message) {
            InProcessSubscription target = handlers.get(subscription.sid());
            if (target == null) {
                return null;
            }
            int total = message.readableBytes();
            int start = message.readerIndex();
            byte[] headers = headerLength == 0 ? null : ByteBufUtil.getBytes(message, start, headerLength);
            byte[] data = ByteBufUtil.getBytes(message, start + headerLength, total - headerLength);
            outMsgs.increment();
            outBytes.add(total);
            target.handler.onMessage(new Message(subject, replyTo, headers, data));
            return null;
        }
    }
}
