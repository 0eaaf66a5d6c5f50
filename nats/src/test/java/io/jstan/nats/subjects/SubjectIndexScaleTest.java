package io.jstan.nats.subjects;

import static io.jstan.nats.subjects.Sub.groupsOf;
import static io.jstan.nats.subjects.Sub.plainOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Correctness, not timing, with a server-sized number of subscriptions. */
class SubjectIndexScaleTest {

    private static final int SUBSCRIPTIONS = 100_000;
    private static final int BRANCHES = 1_000;

    @Test
    void insertsMatchesAndRemovesOneHundredThousandSubscriptions() {
        SubjectIndex<Sub> index = new SubjectIndex<>();
        List<Sub> subs = new ArrayList<>(SUBSCRIPTIONS);
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String subject = subject(i);
            subs.add(i % 7 == 0 ? Sub.queue(subject, queue(i)) : Sub.plain(subject));
        }
        List<Sub> branchWildcards = new ArrayList<>(BRANCHES);
        for (int branch = 0; branch < BRANCHES; branch++) {
            branchWildcards.add(Sub.plain("load." + branch + ".*"));
        }
        Sub everything = Sub.plain("load.>");
        subs.forEach(index::insert);
        branchWildcards.forEach(index::insert);
        index.insert(everything);

        assertThat(index.count()).isEqualTo(SUBSCRIPTIONS + BRANCHES + 1);
        assertThat(index.snapshot()).hasSize(SUBSCRIPTIONS + BRANCHES + 1);
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            Sub sub = subs.get(i);
            MatchResult<Sub> result = index.match(subject(i));
            Sub branchWildcard = branchWildcards.get(i % BRANCHES);
            if (sub.queue() == null) {
                assertThat(plainOf(result)).isEqualTo(Set.of(sub, branchWildcard, everything));
                assertThat(result.queueGroups()).isEmpty();
            } else {
                assertThat(plainOf(result)).isEqualTo(Set.of(branchWildcard, everything));
                assertThat(groupsOf(result)).isEqualTo(Map.of(queue(i), Set.of(sub)));
            }
        }

        subs.forEach(sub -> assertThat(index.remove(sub)).isTrue());
        assertThat(plainOf(index.match(subject(1)))).isEqualTo(Set.of(branchWildcards.get(1), everything));
        branchWildcards.forEach(index::remove);
        index.remove(everything);

        assertThat(index.count()).isZero();
        assertThat(index.snapshot()).isEmpty();
        assertThat(index.match(subject(1)).isEmpty()).isTrue();
        assertThat(index.numRemoves()).isEqualTo(index.numInserts());
    }

    private static String subject(int i) {
        return "load." + (i % BRANCHES) + "." + i;
    }

    private static String queue(int i) {
        return "q" + (i % 3);
    }
}
