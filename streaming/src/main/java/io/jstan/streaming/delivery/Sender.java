package io.jstan.streaming.delivery;

import io.jstan.store.StoreException;
import io.jstan.streaming.monitor.Traffic;
import io.jstan.streaming.protocol.MsgProtos;
import io.jstan.streaming.subscriptions.PendingMap;
import io.jstan.streaming.subscriptions.Subscription;
import io.jstan.streaming.transport.NatsTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Sends one message to one subscription: the primitive every delivery path uses. It honours
 * readiness and MaxInFlight (unless forced), records the message as pending, and
 * stalls the subscription when it reaches MaxInFlight.
 */
public final class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private final NatsTransport transport;
    private final AckTimers timers;
    private final Traffic traffic;

    public Sender(NatsTransport transport, AckTimers timers, Traffic traffic) {
        this.transport = transport;
        this.timers = timers;
        this.traffic = traffic;
    }

    AckTimers timers() {
        return timers;
    }

    /** Returns whether the message went out. */
    boolean send(Subscription sub, long sequence, byte[] stored, boolean redelivery, boolean force) {
        if (!sub.isReady() || !sub.isOnline()) {
            return false;
        }
        PendingMap pending = sub.pending();
        if (!force && pending.size() >= sub.maxInFlight()) {
            sub.stalled(true);
            return false;
        }
        byte[] bytes = stored;
        if (redelivery) {
            bytes = MsgProtos.redelivered(stored, nextRedeliveryCount(sub.redeliveryCounts(), sequence));
        }
        transport.publish(sub.inbox(), null, bytes);
        traffic.sent(bytes.length);
        timers.ensure(sub);
        long previous = pending.deadline(sequence);
        if (previous != PendingMap.ABSENT) {
            pending.put(sequence, previous == 0 ? timers.now() + sub.ackWaitNanos() : previous + sub.ackWaitNanos());
            return true;
        }
        try {
            sub.channel().subscriptionLog().addPending(sub.id(), sequence);
        } catch (StoreException e) {
            log.error("Channel {}: cannot record message {} as sent: {}", sub.channel().name(), sequence,
                    e.getMessage());
        }
        if (sequence > sub.lastSent()) {
            sub.lastSent(sequence);
        }
        pending.put(sequence, timers.now() + sub.ackWaitNanos());
        if (pending.size() >= sub.maxInFlight()) {
            sub.stalled(true);
        }
        return true;
    }

    /** Counts from 1 and never reports 0 once it wraps. */
    private static int nextRedeliveryCount(Map<Long, Integer> counts, long sequence) {
        int next = counts.getOrDefault(sequence, 0) + 1;
        if (next == 0) {
            next = 1;
        }
        counts.put(sequence, next);
        return next;
    }
}
