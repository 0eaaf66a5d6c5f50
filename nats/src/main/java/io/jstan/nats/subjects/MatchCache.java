package io.jstan.nats.subjects;

import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recent match results by published subject, bounded in size. Lookups are lock free. The
 * owning index keeps it correct: results are stored under its read lock and invalidated under
 * its write lock, so a result computed before a subscription change never outlives it.
 */
final class MatchCache<S> {

    private final int maxSize;
    private final int sweepTo;
    private final ConcurrentHashMap<String, MatchResult<S>> results = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    MatchCache(int maxSize) {
        this.maxSize = maxSize;
        this.sweepTo = maxSize - maxSize / 4;
    }

    MatchResult<S> get(String subject) {
        return results.get(subject);
    }

    void put(String subject, MatchResult<S> result) {
        results.put(subject, result);
        if (results.size() > maxSize) {
            sweep();
        }
    }

    /** Drops every cached subject the changed subscription pattern matches. */
    void invalidate(String pattern) {
        if (Subjects.isLiteral(pattern)) {
            // A literal pattern matches only the identical published subject.
            results.remove(pattern);
            return;
        }
        results.keySet().removeIf(subject -> SubjectPattern.matches(pattern, subject));
    }

    int size() {
        return results.size();
    }

    Collection<MatchResult<S>> results() {
        return results.values();
    }

    /** Trims a quarter of the entries; hash order stands in for a random choice of victims. */
    private void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Iterator<String> subjects = results.keySet().iterator();
            while (results.size() > sweepTo && subjects.hasNext()) {
                subjects.next();
                subjects.remove();
            }
        } finally {
            sweeping.set(false);
        }
    }
}
