package io.jstan.streaming.monitor;

import io.jstan.streaming.subscriptions.Subscription;

/** A subscription's state as {@code /streaming/clientsz} and {@code /streaming/channelsz} show it. */
public record SubscriptionView(String clientId, String inbox, String ackInbox, String durableName, String queueName,
                               boolean durable, boolean offline, int maxInflight, int ackWaitSeconds, long lastSent,
                               int pendingCount, boolean stalled) {

    /** Call on the channel's worker, which owns the subscription. */
    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.clientId(), s.inbox(), s.ackInbox(), text(s.durableName()),
                text(s.queueGroupName()),
                s.isDurable(), !s.isOnline(), s.maxInFlight(), s.ackWaitSeconds(), s.lastSent(), s.pending().size(),
                s.isStalled());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
