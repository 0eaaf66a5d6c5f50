package io.jstan.nats.subjects;

import static io.jstan.nats.subjects.Sub.groupsOf;
import static io.jstan.nats.subjects.Sub.plainOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectIndexTest {

    private final SubjectIndex<Sub> index = new SubjectIndex<>();

    private Sub add(Sub sub) {
        index.insert(sub);
        return sub;
    }

    @Test
    void matchesWildcardsLikeTheGoServer() {
        Sub tail = add(Sub.plain("a.>"));
        Sub firstToken = add(Sub.plain("*.b.c"));
        Sub everything = add(Sub.plain(">"));
        add(Sub.plain("a.*"));
        add(Sub.plain("a.b"));
        add(Sub.plain("a.b.c.d"));

        assertThat(plainOf(index.match("a.b.c"))).containsExactlyInAnyOrder(tail, firstToken, everything);
    }

    @Test
    void tailNeedsAtLeastOneToken() {
        add(Sub.plain("a.>"));
        Sub oneToken = add(Sub.plain("*"));

        assertThat(plainOf(index.match("a"))).containsExactly(oneToken);
    }

    @Test
    void literalSubjectsMatchOnlyThemselves() {
        Sub exact = add(Sub.plain("foo.bar"));
        add(Sub.plain("foo.bar.baz"));
        add(Sub.plain("foo"));
        add(Sub.plain("foo*.bar"));

        assertThat(plainOf(index.match("foo.bar"))).containsExactly(exact);
        assertThat(index.match("foo.baz").isEmpty()).isTrue();
    }

    @Test
    void everyPlainSubscriptionGetsItsOwnDelivery() {
        Sub one = add(Sub.plain("foo"));
        Sub two = add(Sub.plain("foo"));
        Sub three = add(Sub.plain("foo"));

        MatchResult<Sub> result = index.match("foo");

        assertThat(result.plain()).containsExactlyInAnyOrder(one, two, three);
        assertThat(result.fanout()).isEqualTo(3);
    }

    @Test
    void groupsQueueMembersByNameAcrossPatterns() {
        Sub literal = add(Sub.queue("foo.bar", "q"));
        Sub oneToken = add(Sub.queue("foo.*", "q"));
        Sub tail = add(Sub.queue("foo.>", "q"));
        Sub other = add(Sub.queue("foo.*", "r"));
        Sub plain = add(Sub.plain("foo.bar"));
        add(Sub.queue("foo.baz", "q"));

        MatchResult<Sub> result = index.match("foo.bar");

        assertThat(plainOf(result)).containsExactly(plain);
        assertThat(groupsOf(result)).isEqualTo(Map.of(
                "q", Set.of(literal, oneToken, tail),
                "r", Set.of(other)));
        assertThat(result.fanout()).isEqualTo(3);
    }

    @Test
    void wildcardPublishReachesOnlyWildcardSubscriptions() {
        Sub oneToken = add(Sub.plain("foo.*"));
        Sub tail = add(Sub.plain("foo.>"));
        Sub everything = add(Sub.plain(">"));
        add(Sub.plain("foo.bar"));

        assertThat(plainOf(index.match("foo.*"))).containsExactlyInAnyOrder(oneToken, tail, everything);
        assertThat(plainOf(index.match("foo.>"))).containsExactlyInAnyOrder(oneToken, tail, everything);
    }

    @Test
    void subjectsWithAnEmptyTokenMatchNothing() {
        add(Sub.plain(">"));
        add(Sub.plain("a.*.b"));
        add(Sub.plain("*.a"));

        for (String subject : List.of("a..b", ".a", "a.", ".", "")) {
            assertThat(index.match(subject).isEmpty()).as(subject).isTrue();
        }
        assertThat(index.cacheSize()).isZero();
    }

    @Test
    void resultsCannotBeChanged() {
        add(Sub.plain("foo"));
        add(Sub.queue("foo", "q"));
        MatchResult<Sub> result = index.match("foo");

        assertThatThrownBy(() -> result.plain().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.queueGroups().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.queueGroups().get(0).members().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsInvalidSubjectsAndQueueNames() {
        assertThatThrownBy(() -> index.insert(Sub.plain("foo..bar"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.insert(Sub.plain("foo.>.bar"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.insert(Sub.queue("foo", "a b"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.count()).isZero();
    }

    @Test
    void countsInsertsAndRemoves() {
        Sub plain = add(Sub.plain("foo"));
        Sub queue = add(Sub.queue("foo.*", "q"));
        index.insert(plain);

        assertThat(index.count()).isEqualTo(2);
        assertThat(index.snapshot()).containsExactlyInAnyOrder(plain, queue);
        assertThat(index.remove(plain)).isTrue();
        assertThat(index.remove(plain)).isFalse();
        assertThat(index.remove(Sub.plain("foo.*"))).isFalse();
        assertThat(index.remove(Sub.queue("foo.*", "q"))).isFalse();
        assertThat(index.remove(Sub.plain("never.subscribed"))).isFalse();
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.numInserts()).isEqualTo(2);
        assertThat(index.numRemoves()).isEqualTo(1);
        assertThat(index.snapshot()).containsExactly(queue);
    }

    @Test
    void removingPrunesButKeepsSiblings() {
        Sub deep = add(Sub.plain("a.b.c"));
        Sub sibling = add(Sub.plain("a.b"));
        Sub wildcard = add(Sub.plain("a.*.c"));

        index.remove(deep);
        assertThat(plainOf(index.match("a.b.c"))).containsExactly(wildcard);
        assertThat(plainOf(index.match("a.b"))).containsExactly(sibling);
        index.remove(wildcard);
        index.remove(sibling);
        assertThat(index.match("a.b.c").isEmpty()).isTrue();
        assertThat(index.snapshot()).isEmpty();
    }

    @Test
    void cachedResultIsSharedAndCounted() {
        add(Sub.plain("foo"));

        MatchResult<Sub> first = index.match("foo");
        MatchResult<Sub> second = index.match("foo");

        assertThat(second).isSameAs(first);
        assertThat(index.numMatches()).isEqualTo(2);
        assertThat(index.cacheSize()).isEqualTo(1);
        assertThat(index.cacheHitRate()).isEqualTo(0.5);
    }

    @Test
    void cacheFollowsInsertsAndRemoves() {
        Sub literal = add(Sub.plain("foo.bar"));
        assertThat(plainOf(index.match("foo.bar"))).containsExactly(literal);

        Sub wildcard = add(Sub.plain("foo.*"));
        assertThat(plainOf(index.match("foo.bar"))).containsExactlyInAnyOrder(literal, wildcard);

        Sub member = add(Sub.queue("*.bar", "q"));
        assertThat(groupsOf(index.match("foo.bar"))).isEqualTo(Map.of("q", Set.of(member)));

        index.remove(literal);
        assertThat(plainOf(index.match("foo.bar"))).containsExactly(wildcard);

        Sub again = add(Sub.plain("foo.bar"));
        assertThat(plainOf(index.match("foo.bar"))).containsExactlyInAnyOrder(wildcard, again);

        index.remove(wildcard);
        index.remove(member);
        assertThat(plainOf(index.match("foo.bar"))).containsExactly(again);
        assertThat(index.match("foo.bar").queueGroups()).isEmpty();
    }

    @Test
    void cacheFollowsChangesToWildcardPublishes() {
        index.match("foo.*");
        Sub wildcard = add(Sub.plain("foo.>"));
        assertThat(plainOf(index.match("foo.*"))).containsExactly(wildcard);

        add(Sub.plain("foo.bar"));
        assertThat(plainOf(index.match("foo.*"))).containsExactly(wildcard);
    }

    @Test
    void unrelatedChangesKeepCachedResults() {
        add(Sub.plain("foo.bar"));
        MatchResult<Sub> cached = index.match("foo.bar");

        add(Sub.plain("baz.*"));
        add(Sub.plain("foo.baz"));
        add(Sub.plain("foo.bar.>"));

        assertThat(index.match("foo.bar")).isSameAs(cached);
    }

    @Test
    void cacheStaysBounded() {
        add(Sub.plain("load.*"));
        for (int i = 0; i < 5_000; i++) {
            assertThat(index.match("load." + i).plain()).hasSize(1);
        }
        assertThat(index.cacheSize()).isLessThanOrEqualTo(SubjectIndex.CACHE_SIZE);
    }

    @Test
    void fanoutStatsComeFromCachedResults() {
        add(Sub.plain("a"));
        add(Sub.plain("*"));
        add(Sub.queue("a", "q"));
        add(Sub.queue(">", "q"));
        add(Sub.plain("b"));

        index.match("a");
        index.match("b");
        index.match("c");

        assertThat(index.maxFanout()).isEqualTo(3);
        assertThat(index.avgFanout()).isEqualTo((3 + 3 + 2) / 3.0);
    }

    @Test
    void neverServesStaleResultsUnderRandomChanges() {
        Random random = new Random(42);
        String[] tokens = {"a", "b", "*", ">"};
        List<Sub> live = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            published.add(randomSubject(random, tokens, 3).replace(">", "c"));
        }
        for (int step = 0; step < 1_000; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                String subject = randomSubject(random, tokens, 4);
                Sub sub = random.nextBoolean() ? Sub.plain(subject) : Sub.queue(subject, "q" + random.nextInt(2));
                live.add(add(sub));
            } else {
                assertThat(index.remove(live.remove(random.nextInt(live.size())))).isTrue();
            }
            for (String subject : published) {
                MatchResult<Sub> expected = Sub.expectedMatch(live, subject);
                MatchResult<Sub> actual = index.match(subject);
                assertThat(plainOf(actual)).as(subject).isEqualTo(plainOf(expected));
                assertThat(groupsOf(actual)).as(subject).isEqualTo(groupsOf(expected));
            }
        }
        assertThat(index.count()).isEqualTo(live.size());
    }

    private static String randomSubject(Random random, String[] tokens, int maxTokens) {
        int count = 1 + random.nextInt(maxTokens);
        StringBuilder subject = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String token = tokens[random.nextInt(tokens.length)];
            if (token.equals(">") && i < count - 1) {
                token = "b";
            }
            subject.append(i == 0 ? "" : ".").append(token);
        }
        return subject.toString();
    }
}
