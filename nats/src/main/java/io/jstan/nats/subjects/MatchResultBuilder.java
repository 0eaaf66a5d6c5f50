package io.jstan.nats.subjects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the subscriptions of every matching trie node into one {@link MatchResult}. */
final class MatchResultBuilder<S> {

    private final List<S> plain = new ArrayList<>();
    private final Map<String, List<S>> queues = new LinkedHashMap<>();

    void addPlain(Collection<S> subscriptions) {
        plain.addAll(subscriptions);
    }

    /** Members of one queue name from different patterns land in the same group. */
    void addQueueMembers(String queue, Collection<S> members) {
        queues.computeIfAbsent(queue, q -> new ArrayList<>()).addAll(members);
    }

    MatchResult<S> build() {
        if (plain.isEmpty() && queues.isEmpty()) {
            return MatchResult.empty();
        }
        List<MatchResult.QueueGroup<S>> groups = new ArrayList<>(queues.size());
        queues.forEach((name, members) ->
                groups.add(new MatchResult.QueueGroup<>(name, Collections.unmodifiableList(members))));
        return new MatchResult<>(Collections.unmodifiableList(plain), Collections.unmodifiableList(groups));
    }
}
