package io.jstan.store.memory;

import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import java.util.HashSet;
import java.util.Set;

/**
 * The subscriptions of one channel for a store that recovers nothing: it hands out ids and
 * counts records; the streaming core holds the records and pending sequences themselves.
 * Used by the channel's owner thread only.
 */
final class MemorySubscriptionLog implements SubscriptionLog {

    private final Set<Long> ids = new HashSet<>();
    private long lastId;

    @Override
    public long create(SubscriptionRecord record) {
        lastId++;
        ids.add(lastId);
        return lastId;
    }

    @Override
    public void update(SubscriptionRecord record) {
        // The record would only matter to a recovery, and nothing is recovered.
    }

    @Override
    public void delete(long subscriptionId) {
        ids.remove(subscriptionId);
    }

    @Override
    public void addPending(long subscriptionId, long sequence) {
        // Pending sequences would only matter to a recovery.
    }

    @Override
    public void ackPending(long subscriptionId, long sequence) {
        // Pending sequences would only matter to a recovery.
    }

    @Override
    public int count() {
        return ids.size();
    }

    @Override
    public void flush() {
        // Nothing outlives the process.
    }
}
