package io.jstan.streaming.delivery;

import io.jstan.store.StoreException;
import io.jstan.streaming.subscriptions.QueueGroup;
import io.jstan.streaming.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledgements, on the channel's worker. An ack a queue member sends for a message that
 * redelivery moved to another member settles it there. Freed room resumes delivery.
 */
public final class Acks {

    private static final Logger log = LoggerFactory.getLogger(Acks.class);

    private final Dispatcher dispatcher;

    public Acks(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** An ack from the client on the subscription's ack inbox. */
    public void acknowledge(Subscription sub, long sequence) {
        if (!sub.isReady()) {
            return;
        }
        if (settle(sub, sequence)) {
            sub.redeliveryCounts().remove(sequence);
            resumeIfRoom(sub);
            return;
        }
        QueueGroup group = sub.group();
        if (group != null) {
            for (Subscription other : group.members()) {
                if (other != sub && settle(other, sequence)) {
                    group.redeliveryCounts().remove(sequence);
                    resumeIfRoom(other);
                    return;
                }
            }
        }
    }

    /**
     * The server settles a pending message itself: moved to another member, or gone from the
     * store. Its redelivery count is kept.
     */
    void settleInternally(Subscription sub, long sequence) {
        if (settle(sub, sequence)) {
            unstallIfRoom(sub);
        }
    }

    private static boolean settle(Subscription sub, long sequence) {
        if (!sub.pending().contains(sequence)) {
            return false;
        }
        try {
            sub.channel().subscriptionLog().ackPending(sub.id(), sequence);
        } catch (StoreException e) {
            log.error("Channel {}: cannot record ack of {}: {}", sub.channel().name(), sequence, e.getMessage());
            return false;
        }
        sub.pending().remove(sequence);
        return true;
    }

    private void resumeIfRoom(Subscription sub) {
        if (unstallIfRoom(sub)) {
            dispatcher.resume(sub);
        }
    }

    private static boolean unstallIfRoom(Subscription sub) {
        if (sub.isStalled() && sub.pending().size() < sub.maxInFlight()) {
            sub.stalled(false);
            return true;
        }
        return false;
    }
}
