package io.jstan.streaming.subscriptions;

import io.jstan.nats.NatsServerOptions;
import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.ClientRecord;
import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import io.jstan.store.file.FileStore;
import io.jstan.store.file.FileStoreOptions;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.protocol.ServerSubjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** How a restarted server classifies the subscription records of a real file store (PROTOCOL.md §8.7). */
@Timeout(20)
class SubscriptionRecoveryTest {

    private static final String CHANNEL = "foo";

    @TempDir
    Path dir;

    @Test
    void recordsAreClassifiedAndGarbageIsDropped() throws Exception {
        long[] ids = writeStore();
        StreamingOptions options = new StreamingOptions();
        options.storeType = "FILE";
        options.dataDirectory = dir.toString();
        NatsServerOptions nats = new NatsServerOptions();
        nats.host = "127.0.0.1";
        nats.port = 0;
        try (StreamingServer server = new StreamingServer(nats, options)) {
            server.start();
            assertThat(server.core().clients().byId("alive")).isNotNull();
            assertThat(server.core().clients().byId("gone")).isNull();
            Channel channel = server.core().channels().get(CHANNEL);
            assertThat(channel.messages().last()).isEqualTo(5);
            onWorker(channel, c -> {
                ChannelSubscriptions subs = c.subscriptions();
                assertThat(subs.plain()).extracting(Subscription::id).containsExactly(ids[0]);
                assertThat(subs.plain().get(0).isOnline()).isTrue();
                assertThat(subs.plain().get(0).isReady()).isTrue();

                Subscription closed = subs.durable(ChannelSubscriptions.durableKey("alive", CHANNEL, "d1"));
                assertThat(closed.id()).isEqualTo(ids[2]);
                assertThat(closed.isOnline()).isFalse();
                Subscription legacy = subs.durable(ChannelSubscriptions.durableKey("gone", CHANNEL, "d2"));
                assertThat(legacy.id()).isEqualTo(ids[3]);
                assertThat(legacy.isOnline()).isFalse();

                QueueGroup shadowed = subs.group("dq:g1");
                assertThat(shadowed.members()).isEmpty();
                assertThat(shadowed.shadow().id()).isEqualTo(ids[6]);
                assertThat(shadowed.lastSent()).isEqualTo(5);

                QueueGroup live = subs.group("dq:g2");
                assertThat(live.members()).extracting(Subscription::id).containsExactly(ids[7]);
                Subscription member = live.members().get(0);
                // Its recovered pending first, then what the group had not dispatched yet.
                assertThat(member.pending().sequences()).containsExactly(1, 2, 3, 4, 5);
                assertThat(live.lastSent()).isEqualTo(5);
                assertThat(member.isReady()).isTrue();
                // Kept: active plain, closed durable, legacy durable, best shadow, live member.
                assertThat(c.subscriptionLog().count()).isEqualTo(5);
                return null;
            });
        }
    }

    /** A store as a previous run could leave it; returns the subscription ids in creation order. */
    private long[] writeStore() throws Exception {
        try (FileStore store = new FileStore(dir, new FileStoreOptions())) {
            store.recover();
            store.saveServerInfo(ServerSubjects.defaults("test-cluster", "_STAN.discover")
                    .toServerInfo("test-cluster", "_STAN.discover"));
            store.addClient(new ClientRecord("alive", "_INBOX.hb", new byte[] {1, 2, 3}, 1, 5, 3));
            ChannelStore channel = store.createChannel(CHANNEL, ChannelLimits.UNLIMITED);
            for (long seq = 1; seq <= 5; seq++) {
                channel.messages().append(seq, seq, new byte[] {8, (byte) seq});
            }
            channel.messages().flush();
            SubscriptionLog subs = channel.subscriptions();
            long[] ids = {
                subs.create(record("alive", "", "", 0, false, false)),      // active plain
                subs.create(record("gone", "", "", 0, false, false)),       // dropped
                subs.create(record("alive", "", "d1", 1, true, true)),      // closed durable
                subs.create(record("gone", "", "d2", 1, true, false)),      // legacy durable
                subs.create(record("gone", "dq:g1", "", 4, true, false)),   // ghost member
                subs.create(record("", "dq:g1", "", 3, true, false)),       // weaker shadow
                subs.create(record("", "dq:g1", "", 5, true, false)),       // shadow kept
                subs.create(record("alive", "dq:g2", "", 0, true, false)),  // live member
            };
            subs.addPending(ids[7], 1);
            subs.addPending(ids[7], 2);
            subs.flush();
            return ids;
        }
    }

    private static SubscriptionRecord record(String client, String group, String durable, long lastSent,
                                             boolean isDurable, boolean closed) {
        return new SubscriptionRecord(0, client, group, "_INBOX." + client + group + durable,
                "_ACK." + client + group + durable + lastSent, 1024, 30, durable, lastSent, isDurable, closed);
    }

    private static void onWorker(Channel channel, Function<Channel, Void> check) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        channel.worker().execute(() -> {
            try {
                done.complete(check.apply(channel));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(5, TimeUnit.SECONDS);
    }
}
