package io.jstan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jstan.store.Store.RecoveredChannel;
import io.jstan.store.Store.RecoveredState;
import io.jstan.store.Store.RecoveredSubscription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the store SPI, run against every store: a store's test extends this class and
 * says how to open it. Cases about restarts run only for stores that declare themselves
 * {@linkplain #persistent() persistent}; a store that is not must start empty after a restart.
 */
public abstract class StoreContractTest {

    /** Nanoseconds since the epoch, as the server stamps messages. */
    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    protected Path directory;

    protected Store store;

    /** Opens a store kept in {@code directory} (which a store without files may ignore). */
    protected abstract Store newStore(Path directory) throws StoreException;

    /** Whether the store keeps its state across a restart. */
    protected boolean persistent() {
        return false;
    }

    /** Closes the store and opens it again on the same directory, as a server restart does. */
    protected Store reopen(Store closing, Path directory) throws StoreException {
        closing.close();
        return newStore(directory);
    }

    @BeforeEach
    void openStore() throws StoreException {
        store = newStore(directory);
        store.recover();
    }

    @AfterEach
    void closeStore() throws StoreException {
        store.close();
    }

    // ---- store and channels ----

    @Test
    void aNewStoreRecoversAnEmptyState() throws StoreException {
        try (Store fresh = newStore(directory.resolve("fresh"))) {
            assertEmpty(fresh.recover());
        }
        assertThat(store.type()).isNotBlank();
    }

    @Test
    void aCreatedChannelHasItsNameLimitsAndNoMessages() throws StoreException {
        ChannelLimits limits = new ChannelLimits(10, 100, 1000, 5_000_000_000L, 60_000_000_000L);
        ChannelStore channel = store.createChannel("orders", limits);

        assertThat(channel.name()).isEqualTo("orders");
        assertThat(channel.limits()).isEqualTo(limits);
        assertThat(channel.messages().count()).isZero();
        assertThat(channel.subscriptions().count()).isZero();
    }

    @Test
    void channelsHaveTheirOwnSequences() throws StoreException {
        MessageLog foo = messages("foo", ChannelLimits.UNLIMITED);
        MessageLog bar = messages("bar", ChannelLimits.UNLIMITED);
        append(foo, T0, message(10, 1));
        append(foo, T0, message(10, 2));
        append(bar, T0, message(10, 3));

        assertThat(foo.last()).isEqualTo(2);
        assertThat(bar.last()).isEqualTo(1);
        assertThat(bar.get(1)).isEqualTo(message(10, 3));
    }

    @Test
    void aChannelCreatedAgainAfterDeletionStartsEmpty() throws StoreException {
        MessageLog before = messages("foo", ChannelLimits.UNLIMITED);
        append(before, T0, message(10, 1));
        store.createChannel("bar", ChannelLimits.UNLIMITED).subscriptions().create(subscription("c1", 0));

        store.deleteChannel("foo");
        ChannelStore again = store.createChannel("foo", ChannelLimits.UNLIMITED);

        assertThat(again.messages().first()).isZero();
        assertThat(again.messages().last()).isZero();
        assertThat(again.messages().get(1)).isNull();
        assertThat(again.subscriptions().count()).isZero();
    }

    @Test
    void aStoreThatIsNotPersistentStartsEmptyAfterARestart() throws StoreException {
        assumeFalse(persistent(), "the store is persistent");
        fillEveryKindOfState();

        assertEmpty(restart());
    }

    // ---- message log: sequences and lookups ----

    @Test
    void aChannelThatNeverHadMessagesHasFirstAndLastZero() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);

        assertThat(log.first()).isZero();
        assertThat(log.last()).isZero();
        assertThat(log.count()).isZero();
        assertThat(log.bytes()).isZero();
        assertThat(log.get(0)).isNull();
        assertThat(log.get(1)).isNull();
        assertThat(log.firstTimestamp()).isZero();
        assertThat(log.sequenceAtOrAfter(0)).isZero();
        assertThat(log.sequenceAtOrAfter(T0)).isZero();
        assertThat(log.removeOlderThan(Long.MAX_VALUE)).isZero();
        assertThat(log.first()).isZero();
        assertThat(log.last()).isZero();
    }

    @Test
    void messagesGetSequencesFromOneAndComeBackAsStored() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0, message(150, 1));
        append(log, T0 + 1, message(0, 2));
        append(log, T0 + 2, message(300, 3));
        log.flush();

        assertThat(log.first()).isEqualTo(1);
        assertThat(log.last()).isEqualTo(3);
        assertThat(log.count()).isEqualTo(3);
        assertThat(log.bytes()).isEqualTo(450);
        assertThat(log.get(1)).isEqualTo(message(150, 1));
        assertThat(log.get(2)).isEmpty();
        assertThat(log.get(3)).isEqualTo(message(300, 3));
        assertThat(log.firstTimestamp()).isEqualTo(T0);
    }

    @Test
    void getOfASequenceNeverStoredIsNull() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0, message(10, 1));

        assertThat(log.get(0)).isNull();
        assertThat(log.get(-1)).isNull();
        assertThat(log.get(2)).isNull();
        assertThat(log.get(Long.MAX_VALUE)).isNull();
    }

    @Test
    void messagesLargerThanAnyBufferComeBackWhole() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        byte[] large = message(3 * 1024 * 1024 + 17, 7);
        append(log, T0, message(100, 1));
        append(log, T0, large);
        append(log, T0, message(100, 2));

        assertThat(log.get(2)).isEqualTo(large);
        assertThat(log.get(3)).isEqualTo(message(100, 2));
        assertThat(log.bytes()).isEqualTo(200 + large.length);
    }

    @Test
    void manyMessagesUnderACountLimitKeepTheNewest() throws StoreException {
        MessageLog log = messages("foo", limits(2_500, 0));
        List<byte[]> sent = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            byte[] body = message(50 + i % 200, i);
            sent.add(body);
            append(log, T0 + i * 1_000L, body);
        }

        assertThat(log.first()).isEqualTo(7_501);
        assertThat(log.last()).isEqualTo(10_000);
        assertThat(log.count()).isEqualTo(2_500);
        assertThat(log.bytes()).isEqualTo(sent.subList(7_500, 10_000).stream().mapToLong(b -> b.length).sum());
        assertThat(log.get(7_500)).isNull();
        for (int seq = 7_501; seq <= 10_000; seq += 97) {
            assertThat(log.get(seq)).isEqualTo(sent.get(seq - 1));
        }
        assertThat(log.get(10_000)).isEqualTo(sent.get(9_999));
        assertThat(log.firstTimestamp()).isEqualTo(T0 + 7_501 * 1_000L);
        assertThat(log.sequenceAtOrAfter(T0 + 8_000 * 1_000L)).isEqualTo(8_000);
    }

    // ---- message log: limits ----

    @Test
    void aCountLimitDropsTheOldestMessages() throws StoreException {
        MessageLog log = messages("foo", limits(3, 0));
        for (int i = 1; i <= 5; i++) {
            append(log, T0 + i, message(10 * i, i));
        }

        assertThat(log.first()).isEqualTo(3);
        assertThat(log.last()).isEqualTo(5);
        assertThat(log.count()).isEqualTo(3);
        assertThat(log.bytes()).isEqualTo(30 + 40 + 50);
        assertThat(log.get(1)).isNull();
        assertThat(log.get(2)).isNull();
        assertThat(log.get(3)).isEqualTo(message(30, 3));
        assertThat(log.firstTimestamp()).isEqualTo(T0 + 3);
    }

    @Test
    void aByteLimitDropsTheOldestMessagesUntilUnderIt() throws StoreException {
        MessageLog log = messages("foo", limits(0, 250));
        append(log, T0, message(100, 1));
        append(log, T0, message(100, 2));
        append(log, T0, message(100, 3));

        assertThat(log.first()).isEqualTo(2);
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.bytes()).isEqualTo(200);

        append(log, T0, message(50, 4));
        assertThat(log.first()).isEqualTo(2);
        assertThat(log.bytes()).isEqualTo(250);
    }

    @Test
    void aByteLimitKeepsTheNewestMessageEvenWhenItAloneExceedsIt() throws StoreException {
        MessageLog log = messages("foo", limits(0, 250));
        append(log, T0, message(100, 1));
        append(log, T0, message(100, 2));
        append(log, T0, message(400, 3));

        assertThat(log.first()).isEqualTo(3);
        assertThat(log.last()).isEqualTo(3);
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.bytes()).isEqualTo(400);
        assertThat(log.get(3)).isEqualTo(message(400, 3));

        append(log, T0, message(10, 4));
        assertThat(log.first()).isEqualTo(4);
        assertThat(log.bytes()).isEqualTo(10);
    }

    @Test
    void countAndByteLimitsApplyTogether() throws StoreException {
        MessageLog log = messages("foo", limits(3, 250));
        append(log, T0, message(10, 1));
        append(log, T0, message(10, 2));
        append(log, T0, message(10, 3));
        append(log, T0, message(10, 4));
        assertThat(log.first()).isEqualTo(2);

        append(log, T0, message(240, 5));
        assertThat(log.first()).isEqualTo(4);
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.bytes()).isEqualTo(250);
    }

    // ---- message log: age and timestamps ----

    @Test
    void removeOlderThanDropsMessagesStrictlyBeforeTheTimestamp() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0 + 10, message(10, 1));
        append(log, T0 + 20, message(20, 2));
        append(log, T0 + 30, message(30, 3));

        assertThat(log.removeOlderThan(T0 + 20)).isEqualTo(1);
        assertThat(log.first()).isEqualTo(2);
        assertThat(log.bytes()).isEqualTo(50);
        assertThat(log.firstTimestamp()).isEqualTo(T0 + 20);
        assertThat(log.get(1)).isNull();
        assertThat(log.removeOlderThan(T0 + 20)).isZero();
        assertThat(log.removeOlderThan(T0)).isZero();
        assertThat(log.count()).isEqualTo(2);
    }

    @Test
    void whenEveryMessageIsRemovedFirstIsLastPlusOne() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0 + 10, message(10, 1));
        append(log, T0 + 20, message(20, 2));
        append(log, T0 + 30, message(30, 3));

        assertThat(log.removeOlderThan(T0 + 31)).isEqualTo(3);

        assertThat(log.first()).isEqualTo(4);
        assertThat(log.last()).isEqualTo(3);
        assertThat(log.count()).isZero();
        assertThat(log.bytes()).isZero();
        assertThat(log.get(3)).isNull();
        assertThat(log.firstTimestamp()).isZero();
        assertThat(log.sequenceAtOrAfter(T0)).isEqualTo(4);
        assertThat(log.removeOlderThan(Long.MAX_VALUE)).isZero();

        append(log, T0 + 40, message(40, 4));
        assertThat(log.first()).isEqualTo(4);
        assertThat(log.last()).isEqualTo(4);
        assertThat(log.get(4)).isEqualTo(message(40, 4));
        assertThat(log.bytes()).isEqualTo(40);
    }

    @Test
    void sequenceAtOrAfterFindsTheFirstMessageNotOlderThanTheTimestamp() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0 + 10, message(1, 1));
        append(log, T0 + 20, message(1, 2));
        append(log, T0 + 20, message(1, 3));
        append(log, T0 + 30, message(1, 4));

        assertThat(log.sequenceAtOrAfter(0)).isEqualTo(1);
        assertThat(log.sequenceAtOrAfter(T0 + 10)).as("exact match").isEqualTo(1);
        assertThat(log.sequenceAtOrAfter(T0 + 15)).as("between").isEqualTo(2);
        assertThat(log.sequenceAtOrAfter(T0 + 20)).as("first of equal timestamps").isEqualTo(2);
        assertThat(log.sequenceAtOrAfter(T0 + 25)).isEqualTo(4);
        assertThat(log.sequenceAtOrAfter(T0 + 30)).as("the newest").isEqualTo(4);
        assertThat(log.sequenceAtOrAfter(T0 + 31)).as("all older").isEqualTo(5);
        assertThat(log.sequenceAtOrAfter(Long.MAX_VALUE)).isEqualTo(5);

        log.removeOlderThan(T0 + 20);
        assertThat(log.sequenceAtOrAfter(T0)).as("the first available").isEqualTo(2);
    }

    @Test
    void timestampsFarApartAreKeptExactly() throws StoreException {
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        long hour = 3_600_000_000_000L;
        for (int i = 0; i < 3_000; i++) {
            append(log, T0 + i * hour + i, message(5, i));
        }

        assertThat(log.sequenceAtOrAfter(T0 + 1_234 * hour + 1_234)).isEqualTo(1_235);
        assertThat(log.sequenceAtOrAfter(T0 + 1_234 * hour + 1_235)).isEqualTo(1_236);
        assertThat(log.removeOlderThan(T0 + 2_000 * hour)).isEqualTo(2_000);
        assertThat(log.firstTimestamp()).isEqualTo(T0 + 2_000 * hour + 2_000);
    }

    // ---- subscription log ----

    @Test
    void subscriptionIdsIncreaseAndAreNeverReused() throws StoreException {
        SubscriptionLog subs = subscriptions("foo");
        long a = subs.create(subscription("c1", 0));
        long b = subs.create(subscription("c2", 0));
        subs.delete(b);
        long c = subs.create(subscription("c3", 0));
        subs.delete(c);
        subs.delete(a);
        long d = subs.create(subscription("c4", 0));

        assertThat(a).isPositive();
        assertThat(b).isGreaterThan(a);
        assertThat(c).isGreaterThan(b);
        assertThat(d).isGreaterThan(c);
    }

    @Test
    void theSubscriptionCountIsTheNumberOfRecords() throws StoreException {
        SubscriptionLog subs = subscriptions("foo");
        long a = subs.create(subscription("c1", 0));
        long b = subs.create(subscription("c2", 0));
        long shadow = subs.create(subscription("", 0));
        assertThat(subs.count()).isEqualTo(3);

        subs.update(closed(subscription("c1", 5).withId(a)));
        subs.addPending(b, 1);
        subs.ackPending(b, 1);
        subs.flush();
        assertThat(subs.count()).isEqualTo(3);

        subs.delete(b);
        assertThat(subs.count()).isEqualTo(2);
        subs.delete(shadow);
        subs.delete(a);
        assertThat(subs.count()).isZero();
    }

    // ---- recovery (persistent stores) ----

    @Test
    void serverInfoSurvivesARestart() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        store.saveServerInfo(serverInfo("first"));
        store.saveServerInfo(serverInfo("test-cluster"));

        assertThat(restart().serverInfo()).isEqualTo(serverInfo("test-cluster"));
    }

    @Test
    void clientsSurviveARestartUnlessDeleted() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        ClientRecord alice = new ClientRecord("alice", "_INBOX.a", new byte[] {1, 2, 3}, 1, 5, 3);
        ClientRecord bob = new ClientRecord("bob", "_INBOX.b", new byte[0], 0, 0, 0);
        ClientRecord carol = new ClientRecord("carol", "_INBOX.c", new byte[] {9}, 1, 1, 10);
        store.addClient(alice);
        store.addClient(bob);
        store.addClient(carol);
        store.deleteClient("bob");

        assertThat(restart().clients())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrder(alice, carol);
    }

    @Test
    void channelsSurviveARestartWithTheirMessagesAndLimits() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        ChannelLimits limits = new ChannelLimits(10, 3, 0, 0, 0);
        MessageLog log = store.createChannel("foo", limits).messages();
        for (int i = 1; i <= 5; i++) {
            append(log, T0 + 10L * i, message(20 * i, i));
        }
        log.flush();
        store.createChannel("gone", ChannelLimits.UNLIMITED);
        store.deleteChannel("gone");
        messages("empty", ChannelLimits.UNLIMITED);

        RecoveredState state = restart();

        assertThat(state.channels()).extracting(RecoveredChannel::name).containsExactlyInAnyOrder("foo", "empty");
        ChannelStore foo = channel(state, "foo").store();
        assertThat(foo.name()).isEqualTo("foo");
        assertThat(foo.limits()).isEqualTo(limits);
        MessageLog recovered = foo.messages();
        assertThat(recovered.first()).isEqualTo(3);
        assertThat(recovered.last()).isEqualTo(5);
        assertThat(recovered.count()).isEqualTo(3);
        assertThat(recovered.bytes()).isEqualTo(60 + 80 + 100);
        assertThat(recovered.get(2)).isNull();
        assertThat(recovered.get(4)).isEqualTo(message(80, 4));
        assertThat(recovered.firstTimestamp()).isEqualTo(T0 + 30);
        assertThat(recovered.sequenceAtOrAfter(T0 + 41)).isEqualTo(5);

        append(recovered, T0 + 60, message(5, 6));
        assertThat(recovered.last()).isEqualTo(6);
        assertThat(recovered.first()).isEqualTo(4);

        MessageLog empty = channel(state, "empty").store().messages();
        assertThat(empty.first()).isZero();
        assertThat(empty.last()).isZero();
    }

    @Test
    void theLastSequenceSurvivesARestartEvenWhenEveryMessageWasRemoved() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        MessageLog log = messages("foo", ChannelLimits.UNLIMITED);
        append(log, T0 + 1, message(10, 1));
        append(log, T0 + 2, message(10, 2));
        append(log, T0 + 3, message(10, 3));
        log.flush();
        log.removeOlderThan(T0 + 4);
        log.flush();

        MessageLog recovered = channel(restart(), "foo").store().messages();

        assertThat(recovered.last()).isEqualTo(3);
        assertThat(recovered.first()).isEqualTo(4);
        assertThat(recovered.count()).isZero();
        assertThat(recovered.sequenceAtOrAfter(T0)).isEqualTo(4);
        append(recovered, T0 + 5, message(10, 4));
        assertThat(recovered.get(4)).isEqualTo(message(10, 4));
    }

    @Test
    void aChannelDeletedAndCreatedAgainRecoversOnlyTheNewOne() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        MessageLog old = messages("foo", ChannelLimits.UNLIMITED);
        append(old, T0, message(10, 1));
        append(old, T0, message(10, 2));
        old.flush();
        store.deleteChannel("foo");
        MessageLog fresh = messages("foo", ChannelLimits.UNLIMITED);
        append(fresh, T0, message(30, 3));
        fresh.flush();

        RecoveredState state = restart();

        assertThat(state.channels()).hasSize(1);
        MessageLog recovered = channel(state, "foo").store().messages();
        assertThat(recovered.last()).isEqualTo(1);
        assertThat(recovered.get(1)).isEqualTo(message(30, 3));
    }

    @Test
    void subscriptionsSurviveARestartWithLastSentAndPending() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        ChannelStore channel = store.createChannel("foo", ChannelLimits.UNLIMITED);
        for (int i = 1; i <= 12; i++) {
            append(channel.messages(), T0 + i, message(10, i));
        }
        channel.messages().flush();
        SubscriptionLog subs = channel.subscriptions();

        long plain = subs.create(subscription("c1", 0));
        subs.addPending(plain, 1);
        subs.addPending(plain, 2);
        subs.addPending(plain, 3);
        subs.addPending(plain, 3);
        subs.ackPending(plain, 2);

        long durable = subs.create(subscription("c2", 0));
        subs.update(closed(subscription("c2", 10).withId(durable)));
        subs.addPending(durable, 5);
        subs.ackPending(durable, 5);

        long allAcked = subs.create(subscription("c3", 0));
        subs.addPending(allAcked, 11);
        subs.addPending(allAcked, 12);
        subs.ackPending(allAcked, 12);
        subs.ackPending(allAcked, 11);

        long deleted = subs.create(subscription("c4", 0));
        subs.addPending(deleted, 4);
        subs.delete(deleted);
        subs.flush();

        RecoveredChannel foo = channel(restart(), "foo");

        assertThat(foo.subscriptions()).extracting(s -> s.record().id())
                .containsExactlyInAnyOrder(plain, durable, allAcked);
        RecoveredSubscription recoveredPlain = subscription(foo, plain);
        assertThat(recoveredPlain.record()).isEqualTo(withLastSent(subscription("c1", 0).withId(plain), 3));
        assertThat(recoveredPlain.pending()).containsExactly(1, 3);
        RecoveredSubscription recoveredDurable = subscription(foo, durable);
        assertThat(recoveredDurable.record()).isEqualTo(closed(subscription("c2", 10).withId(durable)));
        assertThat(recoveredDurable.pending()).isEmpty();
        RecoveredSubscription recoveredAllAcked = subscription(foo, allAcked);
        assertThat(recoveredAllAcked.record().lastSent()).isEqualTo(12);
        assertThat(recoveredAllAcked.pending()).isEmpty();
        assertThat(foo.store().subscriptions().count()).isEqualTo(3);
    }

    @Test
    void subscriptionIdsContinueAfterARestart() throws StoreException {
        assumeTrue(persistent(), "the store is not persistent");
        SubscriptionLog subs = subscriptions("foo");
        subs.create(subscription("c1", 0));
        long highest = subs.create(subscription("c2", 0));
        subs.delete(highest);
        subs.flush();

        SubscriptionLog recovered = channel(restart(), "foo").store().subscriptions();

        assertThat(recovered.count()).isEqualTo(1);
        assertThat(recovered.create(subscription("c3", 0))).isGreaterThan(highest);
    }

    // ---- helpers ----

    /** Restarts the store and returns what it recovered. */
    protected RecoveredState restart() throws StoreException {
        store = reopen(store, directory);
        return store.recover();
    }

    /** Appends with the next sequence. */
    protected static void append(MessageLog log, long timestamp, byte[] body) throws StoreException {
        log.append(log.last() + 1, timestamp, body);
    }

    /** A message body whose content depends on {@code tag}, so mix-ups show. */
    protected static byte[] message(int size, int tag) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) (tag * 31 + i);
        }
        return body;
    }

    protected static ChannelLimits limits(long maxMsgs, long maxBytes) {
        return new ChannelLimits(0, maxMsgs, maxBytes, 0, 0);
    }

    private MessageLog messages(String channel, ChannelLimits limits) throws StoreException {
        return store.createChannel(channel, limits).messages();
    }

    private SubscriptionLog subscriptions(String channel) throws StoreException {
        return store.createChannel(channel, ChannelLimits.UNLIMITED).subscriptions();
    }

    private static SubscriptionRecord subscription(String clientId, long lastSent) {
        return new SubscriptionRecord(0, clientId, clientId.isEmpty() ? "dur:group" : "", "_INBOX." + clientId,
                "_STAN.ack." + clientId, 1024, 30, clientId.isEmpty() ? "" : "dur", lastSent, true, false);
    }

    private static SubscriptionRecord closed(SubscriptionRecord r) {
        return new SubscriptionRecord(r.id(), r.clientId(), r.queueGroup(), r.inbox(), r.ackInbox(), r.maxInFlight(),
                r.ackWaitSeconds(), r.durableName(), r.lastSent(), r.durable(), true);
    }

    private static SubscriptionRecord withLastSent(SubscriptionRecord r, long lastSent) {
        return new SubscriptionRecord(r.id(), r.clientId(), r.queueGroup(), r.inbox(), r.ackInbox(), r.maxInFlight(),
                r.ackWaitSeconds(), r.durableName(), lastSent, r.durable(), r.closed());
    }

    private static ServerInfo serverInfo(String clusterId) {
        return new ServerInfo(clusterId, "_STAN.discover", "_STAN.pub.x", "_STAN.sub.x", "_STAN.unsub.x",
                "_STAN.subclose.x", "_STAN.close.x");
    }

    private static RecoveredChannel channel(RecoveredState state, String name) {
        return state.channels().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("channel " + name + " not recovered"));
    }

    private static RecoveredSubscription subscription(RecoveredChannel channel, long id) {
        return channel.subscriptions().stream().filter(s -> s.record().id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("subscription " + id + " not recovered"));
    }

    private void fillEveryKindOfState() throws StoreException {
        store.saveServerInfo(serverInfo("test-cluster"));
        store.addClient(new ClientRecord("alice", "_INBOX.a", new byte[] {1}, 1, 5, 3));
        ChannelStore foo = store.createChannel("foo", ChannelLimits.UNLIMITED);
        append(foo.messages(), T0, message(10, 1));
        foo.messages().flush();
        long id = foo.subscriptions().create(subscription("alice", 0));
        foo.subscriptions().addPending(id, 1);
        foo.subscriptions().flush();
    }

    private static void assertEmpty(RecoveredState state) {
        assertThat(state.serverInfo()).isNull();
        assertThat(state.clients()).isEmpty();
        assertThat(state.channels()).isEmpty();
    }
}
