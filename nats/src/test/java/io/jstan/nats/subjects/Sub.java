package io.jstan.nats.subjects;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A test subscription, equal only to itself like a real one. */
final class Sub implements SubjectIndex.Entry {

    private final String subject;
    private final String queue;

    private Sub(String subject, String queue) {
        this.subject = subject;
        this.queue = queue;
    }

    static Sub plain(String subject) {
        return new Sub(subject, null);
    }

    static Sub queue(String subject, String queue) {
        return new Sub(subject, queue);
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public String toString() {
        return queue == null ? subject : subject + " " + queue;
    }

    /** The plain members of a result, as a set. */
    static Set<Sub> plainOf(MatchResult<Sub> result) {
        return new HashSet<>(result.plain());
    }

    /** The queue groups of a result, as queue name to member set. */
    static Map<String, Set<Sub>> groupsOf(MatchResult<Sub> result) {
        Map<String, Set<Sub>> groups = new HashMap<>();
        for (MatchResult.QueueGroup<Sub> group : result.queueGroups()) {
            groups.put(group.name(), new HashSet<>(group.members()));
        }
        return groups;
    }

    /** What a match must return, worked out the slow way from every live subscription. */
    static MatchResult<Sub> expectedMatch(Collection<Sub> live, String subject) {
        MatchResultBuilder<Sub> result = new MatchResultBuilder<>();
        for (Sub sub : live) {
            if (SubjectPattern.matches(sub.subject, subject)) {
                if (sub.queue == null) {
                    result.addPlain(Set.of(sub));
                } else {
                    result.addQueueMembers(sub.queue, Set.of(sub));
                }
            }
        }
        return result.build();
    }
}
