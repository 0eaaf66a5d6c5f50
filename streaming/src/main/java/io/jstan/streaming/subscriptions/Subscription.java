package io.jstan.streaming.subscriptions;

import io.jstan.store.SubscriptionRecord;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.clients.Client;
import io.jstan.streaming.time.Timer;
import io.jstan.streaming.transport.NatsTransport;

import java.util.HashMap;
import java.util.Map;

/**
 * One subscription of a channel: plain, durable, queue member or durable queue member. Owned by
 * its channel's worker. A durable that went offline keeps its id, last sent and pending set and
 * has no client; so does a durable queue group's shadow.
 */
public final class Subscription {

    private final Channel channel;
    private final String queueGroupName;
    private final String durableName;
    private final boolean durable;
    private long id;
    private String clientId;
    private Client client;
    private QueueGroup group;
    private String inbox;
    private String ackInbox;
    private int maxInFlight;
    private int ackWaitSeconds;
    private boolean closed;

    private long lastSent;
    private final PendingMap pending = new PendingMap();
    private Map<Long, Integer> redeliveryCounts;
    private boolean stalled;
    private boolean ready;
    private Timer ackTimer;
    private NatsTransport.Subscription ackSubscription;

    Subscription(Channel channel, SubscriptionRecord record) {
        this.channel = channel;
        this.id = record.id();
        this.clientId = record.clientId();
        this.queueGroupName = record.queueGroup();
        this.inbox = record.inbox();
        this.ackInbox = record.ackInbox();
        this.maxInFlight = record.maxInFlight();
        this.ackWaitSeconds = record.ackWaitSeconds();
        this.durableName = record.durableName();
        this.lastSent = record.lastSent();
        this.durable = record.durable();
        this.closed = record.closed();
    }

    /** The record as the store keeps it. */
    public SubscriptionRecord record() {
        return new SubscriptionRecord(id, clientId, queueGroupName, inbox, ackInbox, maxInFlight, ackWaitSeconds,
                durableName, lastSent, durable, closed);
    }

    public Channel channel() {
        return channel;
    }

    public long id() {
        return id;
    }

    void id(long id) {
        this.id = id;
    }

    public String clientId() {
        return clientId;
    }

    /** The owner, or null while offline. */
    public Client client() {
        return client;
    }

    public QueueGroup group() {
        return group;
    }

    void group(QueueGroup group) {
        this.group = group;
    }

    public String inbox() {
        return inbox;
    }

    public String ackInbox() {
        return ackInbox;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public long ackWaitNanos() {
        return ackWaitSeconds * 1_000_000_000L;
    }

    /** The queue group as stored: {@code <durable>:<queue>} for a durable group; empty when none. */
    public String queueGroupName() {
        return queueGroupName;
    }

    /** The ack wait in seconds, as requested. */
    public int ackWaitSeconds() {
        return ackWaitSeconds;
    }

    public String durableName() {
        return durableName;
    }

    public boolean isDurable() {
        return durable;
    }

    public long lastSent() {
        return lastSent;
    }

    public void lastSent(long lastSent) {
        this.lastSent = lastSent;
    }

    public PendingMap pending() {
        return pending;
    }

    /** Redelivery counts by sequence: the group's for a queue member, else this subscription's own. */
    public Map<Long, Integer> redeliveryCounts() {
        if (group != null) {
            return group.redeliveryCounts();
        }
        if (redeliveryCounts == null) {
            redeliveryCounts = new HashMap<>();
        }
        return redeliveryCounts;
    }

    public boolean isStalled() {
        return stalled;
    }

    /** Sets the stalled flag, keeping the group's count of stalled members right. */
    public void stalled(boolean value) {
        if (stalled != value) {
            stalled = value;
            if (group != null) {
                group.stalledMembers(group.stalledMembers() + (value ? 1 : -1));
            }
        }
    }

    /** True once the subscription response went out: only then may messages be sent. */
    public boolean isReady() {
        return ready;
    }

    public void ready(boolean value) {
        ready = value;
    }

    /** Online: it has an owning client. */
    public boolean isOnline() {
        return client != null;
    }

    public boolean hasFailedHeartbeats() {
        Client c = client;
        return c != null && c.hasFailedHeartbeats();
    }

    public Timer ackTimer() {
        return ackTimer;
    }

    public void ackTimer(Timer timer) {
        this.ackTimer = timer;
    }

    /** Takes a new activation: owner, delivery inbox, ack inbox and flow settings of a request. */
    void activate(Client owner, String newInbox, String newAckInbox, int newMaxInFlight, int newAckWaitSeconds) {
        this.client = owner;
        this.clientId = owner.id();
        this.inbox = newInbox;
        this.ackInbox = newAckInbox;
        this.maxInFlight = newMaxInFlight;
        this.ackWaitSeconds = newAckWaitSeconds;
        this.closed = false;
    }

    /** Back with its recovered client after a restart, on the same inboxes. */
    void reattach(Client owner) {
        this.client = owner;
    }

    /** Goes offline as a closed durable: keeps its client id, last sent and pending set. */
    void goOfflineDurable() {
        this.client = null;
        this.closed = true;
    }

    /** Becomes its group's shadow: no owner at all. */
    void becomeShadow() {
        this.client = null;
        this.clientId = "";
    }

    void ackSubscription(NatsTransport.Subscription subscription) {
        this.ackSubscription = subscription;
    }

    /** Stops listening for acks and cancels the ack timer. */
    void stop() {
        if (ackSubscription != null) {
            ackSubscription.unsubscribe();
            ackSubscription = null;
        }
        ackTimer = Timer.cancel(ackTimer);
        ready = false;
        if (stalled) {
            stalled(false);
        }
    }
}
