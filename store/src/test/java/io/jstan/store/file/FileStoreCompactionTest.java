package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.ClientRecord;
import io.jstan.store.Store.RecoveredChannel;
import io.jstan.store.Store.RecoveredSubscription;
import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction of the subscription and client logs rewrites them smaller and keeps what they mean. */
class FileStoreCompactionTest {

    @TempDir
    Path directory;

    private final AtomicLong clock = new AtomicLong();

    @Test
    void theSubscriptionLogIsCompactedOnceMostlyGarbageAndKeepsItsState() throws Exception {
        Path subsFile = TestFiles.channelFolder(directory, "foo").resolve(FileSubscriptionLog.NAME);
        long durable;
        long queue;
        long deletedLast;
        try (FileStore store = open()) {
            store.recover();
            ChannelStore channel = store.createChannel("foo", ChannelLimits.UNLIMITED);
            SubscriptionLog subs = channel.subscriptions();
            durable = subs.create(record("alice", 0));
            queue = subs.create(record("bob", 0));
            for (int seq = 1; seq <= 2_000; seq++) {
                subs.addPending(durable, seq);
                subs.addPending(queue, seq);
                if (seq <= 1_990) {
                    subs.ackPending(durable, seq);
                }
                if (seq % 2 == 0) {
                    subs.ackPending(queue, seq);
                }
            }
            subs.update(closed(record("alice", 7).withId(durable)));
            deletedLast = subs.create(record("carol", 0));
            subs.addPending(deletedLast, 5);
            subs.delete(deletedLast);
            subs.flush();
            long before = Files.size(subsFile);

            clock.addAndGet(Duration.ofSeconds(2).toNanos());
            subs.flush();

            assertThat(Files.size(subsFile)).isLessThan(before / 2);
            subs.ackPending(queue, 1);
            subs.flush();
        }

        try (FileStore store = open()) {
            RecoveredChannel foo = store.recover().channels().get(0);
            RecoveredSubscription recoveredDurable = find(foo.subscriptions(), durable);
            assertThat(recoveredDurable.record()).isEqualTo(withLastSent(closed(record("alice", 7).withId(durable)), 2_000));
            assertThat(recoveredDurable.pending()).containsExactly(1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000);
            RecoveredSubscription recoveredQueue = find(foo.subscriptions(), queue);
            assertThat(recoveredQueue.record().lastSent()).isEqualTo(2_000);
            assertThat(recoveredQueue.pending()).hasSize(999).doesNotContain(1, 2, 2_000).contains(3, 1_999);
            assertThat(foo.subscriptions()).hasSize(2);
            assertThat(foo.store().subscriptions().create(record("dave", 0))).isGreaterThan(deletedLast);
        }
    }

    @Test
    void theSubscriptionLogIsNotCompactedBeforeTheInterval() throws Exception {
        Path subsFile = TestFiles.channelFolder(directory, "foo").resolve(FileSubscriptionLog.NAME);
        try (FileStore store = open()) {
            store.recover();
            SubscriptionLog subs = store.createChannel("foo", ChannelLimits.UNLIMITED).subscriptions();
            long id = subs.create(record("alice", 0));
            for (int seq = 1; seq <= 100; seq++) {
                subs.addPending(id, seq);
                subs.ackPending(id, seq);
            }
            subs.flush();
            long size = Files.size(subsFile);
            clock.addAndGet(Duration.ofMillis(500).toNanos());
            subs.flush();
            assertThat(Files.size(subsFile)).isEqualTo(size);
        }
    }

    @Test
    void theClientLogIsCompactedOnADeleteAndKeepsTheLiveClients() throws Exception {
        Path clientsFile = directory.resolve(ClientLog.NAME);
        try (FileStore store = open()) {
            store.recover();
            for (int i = 0; i < 100; i++) {
                store.addClient(client(i));
            }
            for (int i = 0; i < 80; i++) {
                store.deleteClient("c" + i);
            }
            long before = Files.size(clientsFile);
            clock.addAndGet(Duration.ofSeconds(2).toNanos());
            store.deleteClient("c80");

            assertThat(Files.size(clientsFile)).isLessThan(before / 3);
            store.addClient(client(200));
        }

        try (FileStore store = open()) {
            List<ClientRecord> clients = store.recover().clients();
            assertThat(clients).extracting(ClientRecord::clientId).containsExactlyInAnyOrder(
                    "c81", "c82", "c83", "c84", "c85", "c86", "c87", "c88", "c89", "c90", "c91", "c92", "c93", "c94",
                    "c95", "c96", "c97", "c98", "c99", "c200");
            assertThat(clients).usingRecursiveFieldByFieldElementComparator().contains(client(99), client(200));
        }
    }

    private FileStore open() {
        FileStoreOptions options = new FileStoreOptions();
        options.compactMinSize = 0;
        options.compactInterval = Duration.ofSeconds(1);
        return new FileStore(directory, options, clock::get);
    }

    private static ClientRecord client(int i) {
        return new ClientRecord("c" + i, "_INBOX.hb" + i, new byte[] {(byte) i, 2}, 1, 5, 3);
    }

    private static SubscriptionRecord record(String clientId, long lastSent) {
        return new SubscriptionRecord(0, clientId, "", "_INBOX." + clientId, "_STAN.ack." + clientId, 1024, 30, "dur",
                lastSent, true, false);
    }

    private static SubscriptionRecord closed(SubscriptionRecord r) {
        return new SubscriptionRecord(r.id(), r.clientId(), r.queueGroup(), r.inbox(), r.ackInbox(), r.maxInFlight(),
                r.ackWaitSeconds(), r.durableName(), r.lastSent(), r.durable(), true);
    }

    private static SubscriptionRecord withLastSent(SubscriptionRecord r, long lastSent) {
        return new SubscriptionRecord(r.id(), r.clientId(), r.queueGroup(), r.inbox(), r.ackInbox(), r.maxInFlight(),
                r.ackWaitSeconds(), r.durableName(), lastSent, r.durable(), r.closed());
    }

    private static RecoveredSubscription find(List<RecoveredSubscription> subscriptions, long id) {
        return subscriptions.stream().filter(s -> s.record().id() == id).findFirst().orElseThrow();
    }
}
