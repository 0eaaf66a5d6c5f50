package io.jstan.nats.server;

import io.netty.buffer.ByteBuf;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anything that subscribes and publishes: a socket connection or an in-process client. Holds
 * the state that routing reads from other threads.
 */
public abstract class Client {

    private final long cid;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    // Read by publishers on other threads while routing.
    private volatile boolean echo = true;
    private volatile boolean headers;
    private volatile boolean noResponders;
    private volatile boolean closed;

    // Written by the owning thread, read by monitoring.
    volatile long inMsgs;
    volatile long inBytes;

    protected Client(long cid) {
        this.cid = cid;
    }

    public final long cid() {
        return cid;
    }

    /**
     * Queues one message for a subscription of this client. Called on the publisher's thread;
     * must not block. Returns the outbound queue that now needs a flush, or null.
     */
    protected abstract Outbound deliver(Subscription subscription, String subject, String replyTo,
                                        int headerLength, ByteBuf message);

    /**
     * Arranges the flush of a queue this client's publishing made dirty. By default at once;
     * a socket connection waits until it has processed everything it just read.
     */
    protected void flushLater(Outbound outbound) {
        outbound.scheduleFlush();
    }

    /** Whether this client's outbound queue is nearly full, so publishers should slow down. */
    protected boolean congested() {
        return false;
    }

    /** Asks this publisher to pause briefly because a receiver is congested. */
    protected void slowDown() {
    }

    public boolean echo() {
        return echo;
    }

    protected void echo(boolean echo) {
        this.echo = echo;
    }

    public boolean headers() {
        return headers;
    }

    protected void headers(boolean headers) {
        this.headers = headers;
    }

    public boolean noResponders() {
        return noResponders;
    }

    protected void noResponders(boolean noResponders) {
        this.noResponders = noResponders;
    }

    public boolean isClosed() {
        return closed;
    }

    protected void markClosed() {
        closed = true;
    }

    Subscription subscription(String sid) {
        return subscriptions.get(sid);
    }

    /** Registers a subscription under its sid; returns false when the sid is taken. */
    boolean addSubscription(Subscription subscription) {
        return subscriptions.putIfAbsent(subscription.sid(), subscription) == null;
    }

    boolean removeSubscription(Subscription subscription) {
        return subscriptions.remove(subscription.sid(), subscription);
    }

    public Collection<Subscription> subscriptions() {
        return subscriptions.values();
    }

    public int subscriptionCount() {
        return subscriptions.size();
    }

    public long inMsgs() {
        return inMsgs;
    }

    public long inBytes() {
        return inBytes;
    }

    /** Messages queued to this client. */
    public abstract long outMsgs();

    public abstract long outBytes();
}
