package io.jstan.streaming.subscriptions;

import io.jstan.store.StoreException;
import io.jstan.store.Store.RecoveredSubscription;
import io.jstan.store.SubscriptionRecord;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.clients.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a channel's subscriptions from the store after a restart, before the core starts.
 * A record whose client came back is active again on its old inboxes (its ack inbox listens
 * again); a closed or orphaned durable is offline; an ownerless durable queue record is its
 * group's shadow; anything else is dropped from the store. Active subscriptions stay not ready,
 * on hold for new messages, until the start-up redelivery has resent their pending messages.
 */
public final class SubscriptionRecovery {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRecovery.class);

    private final AckInboxes ackInboxes;

    public SubscriptionRecovery(AckInboxes ackInboxes) {
        this.ackInboxes = ackInboxes;
    }

    /** Returns the active subscriptions, in store order. */
    public List<Subscription> restore(Channel channel, List<RecoveredSubscription> recovered,
                                      Map<String, Client> clients) throws StoreException {
        List<Subscription> active = new ArrayList<>();
        for (RecoveredSubscription r : recovered) {
            SubscriptionRecord record = r.record();
            Client owner = record.clientId().isEmpty() ? null : clients.get(record.clientId());
            Subscription sub = new Subscription(channel, record);
            for (long seq : r.pending()) {
                // Deadline unknown: the start-up redelivery derives it from the message timestamp.
                sub.pending().put(seq, 0);
            }
            boolean kept = record.queueGroup().isEmpty() ? restorePlain(sub, record, owner)
                    : restoreMember(sub, record, owner);
            if (!kept) {
                channel.subscriptionLog().delete(record.id());
            } else if (owner != null) {
                active.add(sub);
            }
        }
        return active;
    }

    private boolean restorePlain(Subscription sub, SubscriptionRecord record, Client owner) {
        ChannelSubscriptions subs = sub.channel().subscriptions();
        boolean online = owner != null && !record.closed();
        if (!online && !record.durable()) {
            return false;
        }
        if (record.durable()) {
            subs.putDurable(ChannelSubscriptions.durableKey(record.clientId(), sub.channel().name(),
                    record.durableName()), sub);
        }
        if (online) {
            activate(sub, owner);
            subs.addPlain(sub);
        }
        return true;
    }

    private boolean restoreMember(Subscription sub, SubscriptionRecord record, Client owner) {
        boolean shadow = record.durable() && record.clientId().isEmpty();
        if (owner == null && !shadow) {
            // A member whose client is gone: a ghost for a durable group, plain garbage otherwise.
            return false;
        }
        ChannelSubscriptions subs = sub.channel().subscriptions();
        QueueGroup group = subs.group(record.queueGroup());
        if (group == null) {
            group = new QueueGroup(record.queueGroup(), record.durable(), sub.lastSent());
            subs.addGroup(group);
        }
        group.lastSent(Math.max(group.lastSent(), sub.lastSent()));
        if (shadow) {
            return keepBestShadow(group, sub);
        }
        sub.group(group);
        group.members().add(sub);
        activate(sub, owner);
        return true;
    }

    /** Several shadows of one group: the one that went furthest wins, the others are dropped. */
    private static boolean keepBestShadow(QueueGroup group, Subscription candidate) {
        Subscription current = group.shadow();
        if (current != null && current.lastSent() >= candidate.lastSent()) {
            return false;
        }
        if (current != null) {
            try {
                current.channel().subscriptionLog().delete(current.id());
            } catch (StoreException e) {
                log.error("Channel {}: cannot delete subscription {}: {}", current.channel().name(), current.id(),
                        e.getMessage());
            }
        }
        group.shadow(candidate);
        return true;
    }

    private void activate(Subscription sub, Client owner) {
        sub.reattach(owner);
        sub.stalled(sub.pending().size() >= sub.maxInFlight());
        sub.channel().subscriptions().index(sub);
        ackInboxes.listen(sub);
    }
}
