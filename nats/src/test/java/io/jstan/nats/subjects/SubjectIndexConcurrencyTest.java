package io.jstan.nats.subjects;

import static io.jstan.nats.subjects.Sub.groupsOf;
import static io.jstan.nats.subjects.Sub.plainOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Event loops matching while other threads subscribe and unsubscribe. */
class SubjectIndexConcurrencyTest {

    private static final int READERS = 4;
    private static final int WRITERS = 2;
    private static final int CHANGES_PER_WRITER = 20_000;
    private static final List<String> PUBLISHED =
            List.of("stable.x", "churn.1", "churn.2", "churn.x", "other.x", "churn.1.deep", "stable.*");
    private static final List<String> PATTERNS =
            List.of("churn.1", "churn.2", "churn.*", "churn.>", "*.x", ">", "stable.x", "*.*.deep", "other.*");

    private final SubjectIndex<Sub> index = new SubjectIndex<>();

    @Test
    void readersNeverMissStableSubscriptionsAndEndConsistent() throws Exception {
        Sub stableTail = Sub.plain("stable.>");
        Sub stableMember = Sub.queue("stable.*", "sq");
        index.insert(stableTail);
        index.insert(stableMember);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(READERS + WRITERS);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(threads.submit(() -> read(writing, stableTail, stableMember)));
            }
            List<Future<List<Sub>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long seed = w;
                writers.add(threads.submit(() -> write(new Random(seed))));
            }
            List<Sub> live = new ArrayList<>(List.of(stableTail, stableMember));
            try {
                for (Future<List<Sub>> writer : writers) {
                    live.addAll(writer.get());
                }
            } finally {
                writing.set(false);
            }
            for (Future<?> reader : readers) {
                reader.get();
            }

            assertThat(index.count()).isEqualTo(live.size());
            assertThat(index.snapshot()).containsExactlyInAnyOrderElementsOf(live);
            for (String subject : PUBLISHED) {
                MatchResult<Sub> expected = Sub.expectedMatch(live, subject);
                MatchResult<Sub> actual = index.match(subject);
                assertThat(plainOf(actual)).as(subject).isEqualTo(plainOf(expected));
                assertThat(groupsOf(actual)).as(subject).isEqualTo(groupsOf(expected));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void read(AtomicBoolean writing, Sub stableTail, Sub stableMember) {
        int i = 0;
        while (writing.get()) {
            String subject = PUBLISHED.get(i++ % PUBLISHED.size());
            MatchResult<Sub> result = index.match(subject);
            if (subject.equals("stable.x")) {
                assertThat(result.plain()).contains(stableTail);
                assertThat(groupsOf(result).get("sq")).contains(stableMember);
            }
            for (MatchResult.QueueGroup<Sub> group : result.queueGroups()) {
                assertThat(group.members()).isNotEmpty();
            }
        }
    }

    /** Subscribes and unsubscribes at random; returns the subscriptions it leaves in place. */
    private List<Sub> write(Random random) {
        List<Sub> mine = new ArrayList<>();
        for (int i = 0; i < CHANGES_PER_WRITER; i++) {
            if (mine.isEmpty() || random.nextBoolean()) {
                String pattern = PATTERNS.get(random.nextInt(PATTERNS.size()));
                Sub sub = random.nextBoolean() ? Sub.plain(pattern) : Sub.queue(pattern, "q" + random.nextInt(2));
                index.insert(sub);
                mine.add(sub);
            } else {
                Sub sub = mine.remove(random.nextInt(mine.size()));
                assertThat(index.remove(sub)).isTrue();
                // Once removed, no match may still name it.
                for (String subject : Set.of("churn.1", "stable.x")) {
                    MatchResult<Sub> result = index.match(subject);
                    assertThat(result.plain()).doesNotContain(sub);
                    result.queueGroups().forEach(group -> assertThat(group.members()).doesNotContain(sub));
                }
            }
        }
        return mine;
    }
}
