package io.jstan.nats.subjects;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;

/**
 * The server's subscription index: finds the subscriptions a published subject reaches.
 *
 * <p>Thread safe. {@link #match} runs on every event loop for every message: a cache hit takes
 * no lock, a miss walks the token trie under a shared read lock. Inserts and removes take the
 * write lock and evict only the cached subjects their pattern matches. Entries are told apart
 * by {@code equals}.
 *
 * @param <S> the subscription type
 */
public final class SubjectIndex<S extends SubjectIndex.Entry> {

    /** Bounded like the Go server's sublist cache. */
    static final int CACHE_SIZE = 1024;

    private final StampedLock lock = new StampedLock();
    private final SubjectTrie<S> trie = new SubjectTrie<>();
    private final MatchCache<S> cache = new MatchCache<>(CACHE_SIZE);
    private final LongAdder matches = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    // Written only under the write lock; volatile so monitoring reads them without it.
    private volatile int count;
    private volatile long inserts;
    private volatile long removes;

    /** What the index needs from a subscription. */
    public interface Entry {

        /** The subscribed subject, wildcards allowed. */
        String subject();

        /** The queue group name, or null for a plain subscription. */
        String queue();
    }

    /**
     * Adds a subscription; adding one already present changes nothing.
     *
     * @throws IllegalArgumentException when the subject or queue name is invalid
     */
    public void insert(S subscription) {
        String subject = subscription.subject();
        if (!Subjects.isValidSubscribeSubject(subject)) {
            throw new IllegalArgumentException("invalid subject: " + subject);
        }
        String queue = subscription.queue();
        if (queue != null && !Subjects.isValidQueueName(queue)) {
            throw new IllegalArgumentException("invalid queue name: " + queue);
        }
        long stamp = lock.writeLock();
        try {
            if (trie.insert(subscription)) {
                cache.invalidate(subject);
                count++;
                inserts++;
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Removes a subscription; false when it was not in the index. */
    public boolean remove(S subscription) {
        long stamp = lock.writeLock();
        try {
            if (!trie.remove(subscription)) {
                return false;
            }
            cache.invalidate(subscription.subject());
            count--;
            removes++;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * The subscriptions a published subject reaches. A subject with an empty token reaches
     * nobody; wildcard tokens in it match only wildcard subscriptions, as in the Go server.
     */
    public MatchResult<S> match(String subject) {
        matches.increment();
        MatchResult<S> cached = cache.get(subject);
        if (cached != null) {
            cacheHits.increment();
            return cached;
        }
        if (Subjects.hasEmptyToken(subject)) {
            return MatchResult.empty();
        }
        long stamp = lock.readLock();
        try {
            // Stored under the read lock so no insert or remove can slip in between.
            MatchResult<S> result = trie.match(subject);
            cache.put(subject, result);
            return result;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The number of subscriptions in the index. */
    public int count() {
        return count;
    }

    /** Every subscription in the index, in no particular order, for monitoring listings. */
    public List<S> snapshot() {
        List<S> all = new ArrayList<>(count);
        long stamp = lock.readLock();
        try {
            trie.forEach(all::add);
        } finally {
            lock.unlockRead(stamp);
        }
        return all;
    }

    /** Subscriptions added since start. */
    public long numInserts() {
        return inserts;
    }

    /** Subscriptions removed since start. */
    public long numRemoves() {
        return removes;
    }

    /** Calls to {@link #match} since start. */
    public long numMatches() {
        return matches.sum();
    }

    /** Published subjects whose match result is cached. */
    public int cacheSize() {
        return cache.size();
    }

    /** Share of matches answered from the cache, between 0 and 1. */
    public double cacheHitRate() {
        long total = matches.sum();
        return total == 0 ? 0 : (double) cacheHits.sum() / total;
    }

    /** The largest fanout among cached results; a queue group counts as one delivery. */
    public int maxFanout() {
        int max = 0;
        for (MatchResult<S> result : cache.results()) {
            max = Math.max(max, result.fanout());
        }
        return max;
    }

    /** The mean fanout of cached results; a queue group counts as one delivery. */
    public double avgFanout() {
        long total = 0;
        int results = 0;
        for (MatchResult<S> result : cache.results()) {
            total += result.fanout();
            results++;
        }
        return results == 0 ? 0 : (double) total / results;
    }
}
