package io.jstan.nats.server;

import io.jstan.nats.subjects.SubjectIndex;

import java.util.concurrent.atomic.AtomicLong;

/** One subscription of a client: its subject, optional queue group, sid and delivery count. */
public final class Subscription implements SubjectIndex.Entry {

    private final Client client;
    private final String subject;
    private final String queue;
    private final String sid;
    private final AtomicLong delivered = new AtomicLong();
    /** Auto-unsubscribe limit; 0 = none. Written by the owner, read by publishers. */
    private volatile long max;
    private volatile boolean removed;

    Subscription(Client client, String subject, String queue, String sid) {
        this.client = client;
        this.subject = subject;
        this.queue = queue;
        this.sid = sid;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String queue() {
        return queue;
    }

    public String sid() {
        return sid;
    }

    public Client client() {
        return client;
    }

    public long delivered() {
        return delivered.get();
    }

    public long max() {
        return max;
    }

    void max(long max) {
        this.max = max;
    }

    boolean removed() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    /**
     * Counts one delivery unless the subscription is removed or has reached its max. Publishers
     * on several threads race here, so the limit is enforced with a compare-and-set.
     */
    boolean claimDelivery() {
        while (true) {
            if (removed) {
                return false;
            }
            long current = delivered.get();
            long limit = max;
            if (limit > 0 && current >= limit) {
                return false;
            }
            if (delivered.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Whether the last claimed delivery was the final one allowed by the max. */
    boolean reachedMax() {
        long limit = max;
        return limit > 0 && delivered.get() >= limit;
    }
}
