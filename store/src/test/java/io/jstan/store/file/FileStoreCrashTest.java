package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.MessageLog;
import io.jstan.store.Store.RecoveredChannel;
import io.jstan.store.Store.RecoveredSubscription;
import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed at an arbitrary moment: the store directory is copied while the store is
 * still open (its buffers unwritten, nothing closed), the tail written since the last flush
 * is cut at a random point, and the copy must recover every flushed message, in order,
 * contiguous and intact, and every flushed pending sequence.
 */
class FileStoreCrashTest {

    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyFlushedMessageSurvivesAKillAtARandomMoment(long seed) throws Exception {
        Random random = new Random(seed);
        Path live = directory.resolve("live");
        FileStoreOptions options = new FileStoreOptions();
        options.sliceMaxBytes = 2_000 + random.nextInt(20_000);
        options.bufferSize = random.nextInt(4_000);
        options.sync = random.nextBoolean();
        FileStore store = new FileStore(live, options);
        store.recover();
        ChannelStore channel = store.createChannel("foo", ChannelLimits.UNLIMITED);
        MessageLog log = channel.messages();
        SubscriptionLog subs = channel.subscriptions();
        long subscription = subs.create(new SubscriptionRecord(0, "c1", "", "_INBOX.c1", "_STAN.ack.c1", 100, 30, "",
                0, false, false));

        long flushed = 0;
        long flushedAcks = 0;
        long flushedSliceSize = 0;
        String flushedSlice = null;
        int batches = 20 + random.nextInt(200);
        for (int batch = 0; batch < batches; batch++) {
            int size = 1 + random.nextInt(30);
            for (int i = 0; i < size; i++) {
                long sequence = log.last() + 1;
                log.append(sequence, T0 + sequence, body(sequence));
                subs.addPending(subscription, sequence);
            }
            // Acknowledge all but the last few, as a subscriber keeps up.
            long acked = Math.max(flushedAcks, log.last() - 5);
            for (long sequence = flushedAcks + 1; sequence <= acked; sequence++) {
                subs.ackPending(subscription, sequence);
            }
            if (batch < batches - 1 || random.nextBoolean()) {
                log.flush();
                subs.flush();
                flushed = log.last();
                flushedAcks = acked;
                flushedSlice = lastSlice(channelFolder(live));
                flushedSliceSize = Files.size(channelFolder(live).resolve(flushedSlice));
            }
        }

        Path copy = directory.resolve("copy");
        TestFiles.copyDirectory(live, copy);
        cutUnflushedTail(copy, flushedSlice, flushedSliceSize, random);

        try (FileStore recovered = new FileStore(copy, new FileStoreOptions())) {
            RecoveredChannel foo = recovered.recover().channels().get(0);
            MessageLog messages = foo.store().messages();
            assertThat(messages.first()).isEqualTo(1);
            assertThat(messages.last()).isGreaterThanOrEqualTo(flushed).isLessThanOrEqualTo(log.last());
            assertThat(messages.count()).isEqualTo(messages.last());
            for (long sequence = 1; sequence <= messages.last(); sequence++) {
                assertThat(messages.get(sequence)).as("message %d", sequence).isEqualTo(body(sequence));
            }
            RecoveredSubscription sub = foo.subscriptions().get(0);
            assertThat(sub.record().lastSent()).isGreaterThanOrEqualTo(flushed);
            for (long pending : sub.pending()) {
                assertThat(pending).isGreaterThan(flushedAcks);
            }
            for (long sequence = flushedAcks + 1; sequence <= flushed; sequence++) {
                assertThat(sub.pending()).contains(sequence);
            }
            long next = messages.last() + 1;
            messages.append(next, T0 + next, body(next));
            messages.flush();
            assertThat(messages.get(next)).isEqualTo(body(next));
        } finally {
            store.close();
        }
    }

    /** Cuts what was written after the last flush at a random point, as a crash may leave it. */
    private static void cutUnflushedTail(Path copy, String flushedSlice, long flushedSize, Random random)
            throws IOException {
        Path folder = channelFolder(copy);
        String last = lastSlice(folder);
        Path data = folder.resolve(last);
        long size = Files.size(data);
        long from = last.equals(flushedSlice) ? flushedSize : 0;
        if (size > from && random.nextBoolean()) {
            TestFiles.cutAt(data, from + (long) (random.nextDouble() * (size - from)));
        }
    }

    private static Path channelFolder(Path store) {
        return TestFiles.channelFolder(store, "foo");
    }

    private static String lastSlice(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("msgs.") && n.endsWith(".dat"))
                    .max(Comparator.comparingInt(n -> Integer.parseInt(n.substring(5, n.length() - 4))))
                    .orElseThrow();
        }
    }

    private static byte[] body(long sequence) {
        return FileStoreRecoveryTest.body((int) sequence);
    }
}
