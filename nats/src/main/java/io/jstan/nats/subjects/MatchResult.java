package io.jstan.nats.subjects;

import java.util.List;

/**
 * The subscriptions one published subject reaches: every plain subscription, and the queue
 * groups, each holding all matching members of one queue name across all patterns. Immutable,
 * so one instance is shared by every publish that hits the cache.
 *
 * @param <S> the subscription type
 */
public final class MatchResult<S> {

    private static final MatchResult<?> EMPTY = new MatchResult<>(List.of(), List.of());

    private final List<S> plain;
    private final List<QueueGroup<S>> queueGroups;

    MatchResult(List<S> plain, List<QueueGroup<S>> queueGroups) {
        this.plain = plain;
        this.queueGroups = queueGroups;
    }

    /** The result that reaches nobody. */
    @SuppressWarnings("unchecked")
    public static <S> MatchResult<S> empty() {
        return (MatchResult<S>) EMPTY;
    }

    /** Plain subscriptions: each gets its own copy of the message. */
    public List<S> plain() {
        return plain;
    }

    /** Queue groups: each delivers the message to exactly one of its members. */
    public List<QueueGroup<S>> queueGroups() {
        return queueGroups;
    }

    /** True when the subject reaches no subscription. */
    public boolean isEmpty() {
        return plain.isEmpty() && queueGroups.isEmpty();
    }

    /** Deliveries one message makes: one per plain subscription and one per queue group. */
    public int fanout() {
        return plain.size() + queueGroups.size();
    }

    /**
     * The matching members of one queue group; never empty.
     *
     * @param name the queue name
     * @param members the matching subscriptions with that queue name, from any pattern
     * @param <S> the subscription type
     */
    public record QueueGroup<S>(String name, List<S> members) {
    }
}
