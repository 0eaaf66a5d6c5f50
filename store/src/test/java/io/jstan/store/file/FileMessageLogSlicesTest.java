package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices roll at their limits, and channel limits delete whole slices once all their messages are gone. */
class FileMessageLogSlicesTest {

    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path directory;

    @Test
    void aCountLimitDeletesTheSlicesItEmptiedAndTheRestartAgrees() throws Exception {
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            store.recover();
            MessageLog log = store.createChannel("foo", new ChannelLimits(0, 25, 0, 0, 0)).messages();
            append(log, 1, 100);
            log.flush();

            assertThat(log.first()).isEqualTo(76);
            assertThat(slices()).containsExactly("msgs.8.dat", "msgs.9.dat", "msgs.10.dat");
        }
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            MessageLog log = store.recover().channels().get(0).store().messages();
            assertThat(log.first()).isEqualTo(76);
            assertThat(log.last()).isEqualTo(100);
            assertThat(log.get(75)).isNull();
            assertThat(log.get(76)).isEqualTo(FileStoreRecoveryTest.body(76));
            assertThat(log.bytes()).isEqualTo(bodyBytes(76, 100));
        }
    }

    @Test
    void removingEveryMessageByAgeKeepsOnlyTheLastSlice() throws Exception {
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            store.recover();
            MessageLog log = store.createChannel("foo", ChannelLimits.UNLIMITED).messages();
            append(log, 1, 35);
            log.flush();
            assertThat(log.removeOlderThan(T0 + 33)).isEqualTo(32);
            log.flush();
            assertThat(slices()).containsExactly("msgs.4.dat");
            assertThat(log.removeOlderThan(T0 + 100)).isEqualTo(3);
            log.flush();
            assertThat(slices()).containsExactly("msgs.4.dat");
        }
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            MessageLog log = store.recover().channels().get(0).store().messages();
            assertThat(log.first()).isEqualTo(36);
            assertThat(log.last()).isEqualTo(35);
            append(log, 36, 36);
            assertThat(log.get(36)).isEqualTo(FileStoreRecoveryTest.body(36));
        }
    }

    @Test
    void aByteLimitDropsMessagesAcrossSlices() throws Exception {
        long limit = bodyBytes(41, 60);
        try (FileStore store = open(options -> options.sliceMaxMsgs = 7)) {
            store.recover();
            MessageLog log = store.createChannel("foo", new ChannelLimits(0, 0, limit, 0, 0)).messages();
            append(log, 1, 60);
            log.flush();
            assertThat(log.first()).isEqualTo(41);
            assertThat(log.bytes()).isEqualTo(limit);
            assertThat(slices()).containsExactly("msgs.6.dat", "msgs.7.dat", "msgs.8.dat", "msgs.9.dat");
        }
        try (FileStore store = open(options -> options.sliceMaxMsgs = 7)) {
            MessageLog log = store.recover().channels().get(0).store().messages();
            assertThat(log.first()).isEqualTo(41);
            assertThat(log.bytes()).isEqualTo(limit);
        }
    }

    @Test
    void slicesRollAtTheirByteSizeAndAge() throws Exception {
        try (FileStore store = open(options -> {
            options.sliceMaxBytes = 1_000;
            options.sliceMaxAge = java.time.Duration.ofNanos(1_000);
        })) {
            store.recover();
            MessageLog log = store.createChannel("foo", ChannelLimits.UNLIMITED).messages();
            append(log, 1, 30);
            log.flush();
            // Sealed slices only: the index of the one being written is mapped with room to grow.
            for (String slice : slices().subList(0, slices().size() - 1)) {
                Path folder = TestFiles.channelFolder(directory, "foo");
                long bytes = Files.size(folder.resolve(slice)) + Files.size(folder.resolve(slice.replace(".dat", ".idx")));
                assertThat(bytes).isLessThanOrEqualTo(1_000);
            }
            assertThat(slices()).hasSizeGreaterThanOrEqualTo(3);
            long count = slices().size();
            log.append(31, T0 + 5_000, FileStoreRecoveryTest.body(1));
            log.append(32, T0 + 5_000, FileStoreRecoveryTest.body(1));
            log.flush();
            assertThat(slices()).hasSize((int) count + 1);
            log.append(33, T0 + 6_000, FileStoreRecoveryTest.body(1));
            log.flush();
            assertThat(slices()).as("a slice older than the age limit").hasSize((int) count + 2);
        }
    }

    @Test
    void withoutSliceOptionsSlicesAreAQuarterOfTheChannelLimits() throws Exception {
        try (FileStore store = open(options -> options.sliceMaxBytes = 0)) {
            store.recover();
            MessageLog log = store.createChannel("foo", new ChannelLimits(0, 40, 0, 0, 0)).messages();
            append(log, 1, 40);
            log.flush();
            assertThat(slices()).hasSize(4);
        }
    }

    private FileStore open(Consumer<FileStoreOptions> settings) {
        FileStoreOptions options = new FileStoreOptions();
        settings.accept(options);
        return new FileStore(directory, options);
    }

    private static void append(MessageLog log, int from, int to) throws Exception {
        for (int i = from; i <= to; i++) {
            log.append(i, T0 + i, FileStoreRecoveryTest.body(i));
        }
    }

    private static long bodyBytes(int from, int to) {
        long total = 0;
        for (int i = from; i <= to; i++) {
            total += FileStoreRecoveryTest.body(i).length;
        }
        return total;
    }

    private List<String> slices() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.channelFolder(directory, "foo"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".dat") && n.startsWith("msgs."))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        }
    }

    private static int number(String slice) {
        return Integer.parseInt(slice.substring(5, slice.length() - 4));
    }
}
