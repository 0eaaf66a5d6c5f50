package io.jstan.store;

/**
 * A subscription as it is persisted. {@code queueGroup} is empty for a plain subscription and
 * {@code durableName:group} for a durable queue group. {@code clientId} is empty for the
 * offline state ("shadow") of a durable queue group.
 */
public record SubscriptionRecord(
        long id,
        String clientId,
        String queueGroup,
        String inbox,
        String ackInbox,
        int maxInFlight,
        int ackWaitSeconds,
        String durableName,
        long lastSent,
        boolean durable,
        boolean closed) {

    public SubscriptionRecord withId(long newId) {
        return new SubscriptionRecord(newId, clientId, queueGroup, inbox, ackInbox, maxInFlight,
                ackWaitSeconds, durableName, lastSent, durable, closed);
    }
}
