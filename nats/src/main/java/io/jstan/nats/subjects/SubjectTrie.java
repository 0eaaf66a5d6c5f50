package io.jstan.nats.subjects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Subscriptions stored by subject token: one level per token, with a literal child per token
 * plus one slot for {@code *} and one for {@code >}. Not thread safe: {@link SubjectIndex}
 * guards it with a read/write lock.
 */
final class SubjectTrie<S extends SubjectIndex.Entry> {

    private final Level<S> root = new Level<>();

    /** Adds the subscription under its subject; false when it was already there. */
    boolean insert(S subscription) {
        String subject = subscription.subject();
        Level<S> level = root;
        int start = 0;
        while (true) {
            int dot = subject.indexOf(Subjects.SEPARATOR, start);
            Node<S> node = level.childOrCreate(token(subject, start, dot));
            if (dot < 0) {
                return node.add(subscription);
            }
            if (node.next == null) {
                node.next = new Level<>();
            }
            level = node.next;
            start = dot + 1;
        }
    }

    /** Removes the subscription and prunes the nodes it leaves empty; false when absent. */
    boolean remove(S subscription) {
        String subject = subscription.subject();
        List<Level<S>> levels = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Node<S>> nodes = new ArrayList<>();
        Level<S> level = root;
        int start = 0;
        while (true) {
            int dot = subject.indexOf(Subjects.SEPARATOR, start);
            String token = token(subject, start, dot);
            Node<S> node = level.child(token);
            if (node == null) {
                return false;
            }
            levels.add(level);
            tokens.add(token);
            nodes.add(node);
            if (dot < 0) {
                break;
            }
            if (node.next == null) {
                return false;
            }
            level = node.next;
            start = dot + 1;
        }
        if (!nodes.get(nodes.size() - 1).remove(subscription)) {
            return false;
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node<S> node = nodes.get(i);
            if (node.next != null && node.next.isEmpty()) {
                node.next = null;
            }
            if (!node.isEmpty()) {
                break;
            }
            levels.get(i).removeChild(tokens.get(i));
        }
        return true;
    }

    /** Every subscription whose pattern matches the subject, grouped for delivery. */
    MatchResult<S> match(String subject) {
        MatchResultBuilder<S> result = new MatchResultBuilder<>();
        matchLevel(root, subject, 0, result);
        return result.build();
    }

    /** Visits every stored subscription. */
    void forEach(Consumer<S> action) {
        root.forEach(action);
    }

    private static <S extends SubjectIndex.Entry> void matchLevel(
            Level<S> level, String subject, int start, MatchResultBuilder<S> result) {
        int dot = subject.indexOf(Subjects.SEPARATOR, start);
        if (level.tail != null) {
            level.tail.addTo(result);
        }
        if (level.oneToken != null) {
            matchNode(level.oneToken, subject, dot, result);
        }
        // A published '*' or '>' is looked up as a literal token, and no literal child has that
        // name, so such a subject reaches only wildcard subscriptions (the Go server's behaviour).
        if (!level.literals.isEmpty()) {
            Node<S> literal = level.literals.get(token(subject, start, dot));
            if (literal != null) {
                matchNode(literal, subject, dot, result);
            }
        }
    }

    private static <S extends SubjectIndex.Entry> void matchNode(
            Node<S> node, String subject, int dot, MatchResultBuilder<S> result) {
        if (dot < 0) {
            node.addTo(result);
        } else if (node.next != null) {
            matchLevel(node.next, subject, dot + 1, result);
        }
    }

    private static String token(String subject, int start, int dot) {
        return dot < 0 ? subject.substring(start) : subject.substring(start, dot);
    }

    /** The children for one token position. */
    private static final class Level<S extends SubjectIndex.Entry> {
        final Map<String, Node<S>> literals = new HashMap<>();
        Node<S> oneToken;
        Node<S> tail;

        Node<S> child(String token) {
            if (token.equals(Subjects.ONE_TOKEN)) {
                return oneToken;
            }
            if (token.equals(Subjects.TAIL)) {
                return tail;
            }
            return literals.get(token);
        }

        Node<S> childOrCreate(String token) {
            if (token.equals(Subjects.ONE_TOKEN)) {
                if (oneToken == null) {
                    oneToken = new Node<>();
                }
                return oneToken;
            }
            if (token.equals(Subjects.TAIL)) {
                if (tail == null) {
                    tail = new Node<>();
                }
                return tail;
            }
            return literals.computeIfAbsent(token, t -> new Node<>());
        }

        void removeChild(String token) {
            if (token.equals(Subjects.ONE_TOKEN)) {
                oneToken = null;
            } else if (token.equals(Subjects.TAIL)) {
                tail = null;
            } else {
                literals.remove(token);
            }
        }

        boolean isEmpty() {
            return literals.isEmpty() && oneToken == null && tail == null;
        }

        void forEach(Consumer<S> action) {
            literals.values().forEach(node -> node.forEach(action));
            if (oneToken != null) {
                oneToken.forEach(action);
            }
            if (tail != null) {
                tail.forEach(action);
            }
        }
    }

    /** The subscriptions whose subject ends at this token, and the level below it. */
    private static final class Node<S extends SubjectIndex.Entry> {
        final Set<S> plain = new HashSet<>();
        final Map<String, Set<S>> queues = new HashMap<>();
        Level<S> next;

        boolean add(S subscription) {
            String queue = subscription.queue();
            if (queue == null) {
                return plain.add(subscription);
            }
            return queues.computeIfAbsent(queue, q -> new HashSet<>()).add(subscription);
        }

        boolean remove(S subscription) {
            String queue = subscription.queue();
            if (queue == null) {
                return plain.remove(subscription);
            }
            Set<S> members = queues.get(queue);
            if (members == null || !members.remove(subscription)) {
                return false;
            }
            if (members.isEmpty()) {
                queues.remove(queue);
            }
            return true;
        }

        boolean isEmpty() {
            return plain.isEmpty() && queues.isEmpty() && next == null;
        }

        void addTo(MatchResultBuilder<S> result) {
            if (!plain.isEmpty()) {
                result.addPlain(plain);
            }
            queues.forEach(result::addQueueMembers);
        }

        void forEach(Consumer<S> action) {
            plain.forEach(action);
            queues.values().forEach(members -> members.forEach(action));
            if (next != null) {
                next.forEach(action);
            }
        }
    }
}
