package io.jstan.store;

/**
 * The subscriptions of one channel with their pending (sent, unacknowledged) sequences.
 * Adding a pending sequence also means "last sent is at least this sequence": recovery
 * derives last sent from it, so the record need not be rewritten on each delivery.
 */
public interface SubscriptionLog {

    /**
     * Stores a new subscription and returns its id: per channel, strictly increasing, never
     * reused, even after deletions and restarts. The id in {@code record} is ignored.
     */
    long create(SubscriptionRecord record) throws StoreException;

    /** Rewrites an existing subscription record (same id). */
    void update(SubscriptionRecord record) throws StoreException;

    /** Removes a subscription and its pending sequences. */
    void delete(long subscriptionId) throws StoreException;

    void addPending(long subscriptionId, long sequence) throws StoreException;

    void ackPending(long subscriptionId, long sequence) throws StoreException;

    /** Number of subscription records, offline durables and queue shadows included. */
    int count();

    /** Makes the changes durable, per the store's sync policy. */
    void flush() throws StoreException;
}
