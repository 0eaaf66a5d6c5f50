package io.jstan.streaming.subscriptions;

import io.jstan.store.StoreException;
import io.jstan.store.SubscriptionLog;
import io.jstan.streaming.delivery.AckTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Takes a subscription out of service, by unsubscribe or by close (a subscription close, or its
 * client's connection closing). Unsubscribe forgets a durable; close keeps it offline for
 * resumption, and the last member of a durable queue group leaves the group's shadow. A queue
 * member that leaves hands its pending messages to the remaining members for quick redelivery.
 */
public final class SubscriptionRemoval {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRemoval.class);
    /** Messages handed over by a leaving queue member are redelivered after this delay. */
    private static final long HANDOVER_DELAY_NANOS = 100_000_000;

    private final AckTimers timers;

    public SubscriptionRemoval(AckTimers timers) {
        this.timers = timers;
    }

    public void remove(Subscription sub, boolean unsubscribe) {
        ChannelSubscriptions subs = sub.channel().subscriptions();
        sub.stop();
        subs.unindex(sub);
        try {
            if (sub.group() == null) {
                removePlain(sub, subs, unsubscribe);
            } else {
                leaveGroup(sub, subs, unsubscribe);
            }
        } catch (StoreException e) {
            log.error("Channel {}: cannot update subscription {}: {}", sub.channel().name(), sub.id(), e.getMessage());
        }
    }

    private static void removePlain(Subscription sub, ChannelSubscriptions subs, boolean unsubscribe)
            throws StoreException {
        subs.removePlain(sub);
        SubscriptionLog store = sub.channel().subscriptionLog();
        if (sub.isDurable() && !unsubscribe) {
            sub.goOfflineDurable();
            store.update(sub.record());
            return;
        }
        if (sub.isDurable()) {
            subs.removeDurable(ChannelSubscriptions.durableKey(sub.clientId(), sub.channel().name(), sub.durableName()));
        }
        store.delete(sub.id());
    }

    private void leaveGroup(Subscription sub, ChannelSubscriptions subs, boolean unsubscribe) throws StoreException {
        QueueGroup group = sub.group();
        List<Subscription> members = group.members();
        members.remove(sub);
        SubscriptionLog store = sub.channel().subscriptionLog();
        if (!members.isEmpty()) {
            handOver(sub, members, store);
            store.delete(sub.id());
            carryLastSent(group, store);
            return;
        }
        if (group.isDurable() && !unsubscribe) {
            sub.lastSent(group.lastSent());
            sub.becomeShadow();
            store.update(sub.record());
            group.shadow(sub);
            return;
        }
        store.delete(sub.id());
        subs.removeGroup(group);
    }

    /** Round robin over the remaining members, in deadline order, already due. */
    private void handOver(Subscription leaving, List<Subscription> members, SubscriptionLog store)
            throws StoreException {
        long[] sequences = leaving.pending().byDeadline();
        if (sequences.length == 0) {
            return;
        }
        long now = timers.now();
        for (int i = 0; i < sequences.length; i++) {
            Subscription to = members.get(i % members.size());
            long seq = sequences[i];
            store.addPending(to.id(), seq);
            to.pending().put(seq, now);
            if (seq > to.lastSent()) {
                to.lastSent(seq);
            }
            if (to.pending().size() >= to.maxInFlight()) {
                to.stalled(true);
            }
        }
        leaving.pending().clear();
        for (int i = 0; i < Math.min(sequences.length, members.size()); i++) {
            timers.arm(members.get(i), HANDOVER_DELAY_NANOS);
        }
    }

    /** A durable group's cursor must survive in some record once the member holding it is gone. */
    private static void carryLastSent(QueueGroup group, SubscriptionLog store) throws StoreException {
        Subscription first = group.members().get(0);
        if (group.isDurable() && first.lastSent() < group.lastSent()) {
            first.lastSent(group.lastSent());
            store.update(first.record());
        }
    }
}
