package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;
import io.jstan.store.Store.RecoveredState;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting from damaged files: torn tails, flipped bytes, lost or damaged indexes, and the directory lock. */
class FileStoreRecoveryTest {

    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path directory;

    @Test
    void aRecordCutShortAtTheEndIsDroppedAndTheRestKept() throws Exception {
        writeMessages(10, options -> { });
        Path data = slice(1, "dat");
        TestFiles.cutBy(data, 5);

        try (FileStore store = open(options -> { })) {
            MessageLog log = messages(store.recover());
            assertMessages(log, 1, 9);
            log.append(10, T0 + 10, body(10));
            assertThat(log.get(10)).isEqualTo(body(10));
        }
    }

    @Test
    void aPartialRecordAppendedAfterTheLastOneIsDropped() throws Exception {
        writeMessages(10, options -> { });
        // A header announcing 100 bytes, then only 30 of them.
        byte[] partial = new byte[38];
        partial[0] = 100;
        partial[4] = 0x33;
        TestFiles.appendBytes(slice(1, "dat"), partial);

        try (FileStore store = open(options -> { })) {
            assertMessages(messages(store.recover()), 1, 10);
        }
        assertThat(Files.size(slice(1, "dat"))).isEqualTo(sizeOfTenMessages());
    }

    @Test
    void zeroPaddingAfterTheLastRecordIsDropped() throws Exception {
        writeMessages(10, options -> { });
        TestFiles.appendBytes(slice(1, "dat"), new byte[4096]);

        try (FileStore store = open(options -> { })) {
            assertMessages(messages(store.recover()), 1, 10);
        }
    }

    @Test
    void aFlippedByteInARecordRefusesTheStartNamingFileAndOffset() throws Exception {
        writeMessages(10, options -> { });
        long offset = TestFiles.recordOffset(slice(1, "idx"), 1, 5);
        TestFiles.flipByte(slice(1, "dat"), offset + 30);

        try (FileStore store = open(options -> { })) {
            assertThatThrownBy(store::recover)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(slice(1, "dat").toString())
                    .hasMessageContaining("offset " + offset)
                    .hasMessageContaining("crc");
        }
        assertThat(Files.size(slice(1, "dat"))).as("left as it was").isEqualTo(sizeOfTenMessages());
    }

    @Test
    void withTruncateBadEofTheFileIsCutAtTheBadRecord() throws Exception {
        writeMessages(10, options -> { });
        long offset = TestFiles.recordOffset(slice(1, "idx"), 1, 5);
        TestFiles.flipByte(slice(1, "dat"), offset + 30);

        try (FileStore store = open(options -> options.truncateBadEof = true)) {
            assertMessages(messages(store.recover()), 1, 4);
        }
        assertThat(Files.size(slice(1, "dat"))).isEqualTo(offset);
    }

    @Test
    void truncateBadEofTwiceInARowIsRefused() throws Exception {
        writeMessages(3, options -> { });
        try (FileStore store = open(options -> options.truncateBadEof = true)) {
            store.recover();
        }

        try (FileStore store = open(options -> options.truncateBadEof = true)) {
            assertThatThrownBy(store::recover).hasMessageContaining("should not be opened consecutively");
        }
        try (FileStore store = open(options -> { })) {
            assertMessages(messages(store.recover()), 1, 3);
        }
    }

    @Test
    void aMissingIndexOfAnOlderSliceIsRebuiltFromItsData() throws Exception {
        writeMessages(35, options -> options.sliceMaxMsgs = 10);
        long indexSize = Files.size(slice(2, "idx"));
        Files.delete(slice(2, "idx"));

        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            assertMessages(messages(store.recover()), 1, 35);
        }
        assertThat(Files.size(slice(2, "idx"))).isEqualTo(indexSize);
    }

    @Test
    void aDamagedIndexOfAnOlderSliceIsRebuiltFromItsData() throws Exception {
        writeMessages(35, options -> options.sliceMaxMsgs = 10);
        TestFiles.cutBy(slice(1, "idx"), 3);
        TestFiles.flipByte(slice(2, "idx"), Files.size(slice(2, "idx")) - 12);
        TestFiles.flipByte(slice(3, "idx"), 2);

        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            assertMessages(messages(store.recover()), 1, 35);
        }
    }

    @Test
    void aLostIndexOfTheLastSliceIsRebuilt() throws Exception {
        writeMessages(35, options -> options.sliceMaxMsgs = 10);
        Files.delete(slice(4, "idx"));

        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            MessageLog log = messages(store.recover());
            assertMessages(log, 1, 35);
            log.append(36, T0 + 36, body(36));
            log.flush();
        }
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            assertMessages(messages(store.recover()), 1, 36);
        }
    }

    @Test
    void aFlippedByteInAnOlderSliceIsReportedWhenTheMessageIsRead() throws Exception {
        writeMessages(35, options -> options.sliceMaxMsgs = 10);
        long offset = TestFiles.recordOffset(slice(1, "idx"), 1, 5);
        TestFiles.flipByte(slice(1, "dat"), offset + 30);

        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            MessageLog log = messages(store.recover());
            assertThat(log.get(4)).isEqualTo(body(4));
            assertThatThrownBy(() -> log.get(5))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(slice(1, "dat").toString())
                    .hasMessageContaining("offset " + offset);
        }
    }

    @Test
    void aFlippedByteInAnOlderSliceWithoutIndexRefusesTheStartOrCutsTheLogThere() throws Exception {
        writeMessages(35, options -> options.sliceMaxMsgs = 10);
        long offset = TestFiles.recordOffset(slice(2, "idx"), 11, 15);
        TestFiles.flipByte(slice(2, "dat"), offset + 30);
        Files.delete(slice(2, "idx"));

        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            assertThatThrownBy(store::recover).hasMessageContaining(slice(2, "dat") + "\" at offset " + offset);
        }
        try (FileStore store = open(options -> {
            options.sliceMaxMsgs = 10;
            options.truncateBadEof = true;
        })) {
            MessageLog log = messages(store.recover());
            assertMessages(log, 1, 14);
            log.append(15, T0 + 15, body(15));
            log.flush();
        }
        assertThat(slice(4, "dat")).as("later slices removed; 15 starts a new slice 3").doesNotExist();
        try (FileStore store = open(options -> options.sliceMaxMsgs = 10)) {
            assertMessages(messages(store.recover()), 1, 15);
        }
    }

    @Test
    void aSecondStoreOnTheSameDirectoryIsRefusedUntilTheFirstCloses() throws Exception {
        FileStore first = open(options -> { });
        first.recover();
        try (FileStore second = open(options -> { })) {
            assertThatThrownBy(second::recover)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(directory.toAbsolutePath().toString())
                    .hasMessageContaining("in use");
        }
        first.close();

        try (FileStore third = open(options -> { })) {
            assertThat(third.recover().channels()).isEmpty();
        }
    }

    @Test
    void channelNamesWithAnyCharacterGetTheirOwnFolders() throws Exception {
        String[] names = {"foo.bar", "Ünïcödé.チャンネル", ".hidden", "..", "a%2Fb", "a b\tc", "x".repeat(300),
            "x".repeat(299) + "y"};
        try (FileStore store = open(options -> { })) {
            store.recover();
            for (int i = 0; i < names.length; i++) {
                MessageLog log = store.createChannel(names[i], ChannelLimits.UNLIMITED).messages();
                log.append(1, T0, body(i));
                log.flush();
            }
        }
        try (FileStore store = open(options -> { })) {
            RecoveredState state = store.recover();
            assertThat(state.channels()).hasSize(names.length);
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                MessageLog log = state.channels().stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow().store().messages();
                assertThat(log.get(1)).isEqualTo(body(i));
            }
        }
    }

    // ---- helpers ----

    private FileStore open(Consumer<FileStoreOptions> settings) {
        FileStoreOptions options = new FileStoreOptions();
        settings.accept(options);
        return new FileStore(directory, options);
    }

    private void writeMessages(int count, Consumer<FileStoreOptions> settings) throws StoreException {
        try (FileStore store = open(settings)) {
            store.recover();
            MessageLog log = store.createChannel("foo", ChannelLimits.UNLIMITED).messages();
            for (int i = 1; i <= count; i++) {
                log.append(i, T0 + i, body(i));
            }
            log.flush();
        }
    }

    private static MessageLog messages(RecoveredState state) {
        return state.channels().stream().filter(c -> c.name().equals("foo")).findFirst().orElseThrow()
                .store().messages();
    }

    private static void assertMessages(MessageLog log, long first, long last) throws StoreException {
        assertThat(log.first()).isEqualTo(first);
        assertThat(log.last()).isEqualTo(last);
        assertThat(log.count()).isEqualTo(last - first + 1);
        for (long sequence = first; sequence <= last; sequence++) {
            assertThat(log.get(sequence)).as("message %d", sequence).isEqualTo(body((int) sequence));
        }
        assertThat(log.sequenceAtOrAfter(T0 + first)).isEqualTo(first);
        assertThat(log.sequenceAtOrAfter(T0 + last)).isEqualTo(last);
    }

    /** Message bodies of 40 to 140 bytes whose content depends on the sequence. */
    static byte[] body(int sequence) {
        byte[] body = new byte[40 + sequence % 100];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (sequence * 7 + i);
        }
        return body;
    }

    private long sizeOfTenMessages() {
        long size = Segment.HEADER;
        for (int i = 1; i <= 10; i++) {
            size += Segment.RECORD_OVERHEAD + body(i).length;
        }
        return size;
    }

    private Path slice(int number, String kind) {
        return TestFiles.channelFolder(directory, "foo").resolve("msgs." + number + "." + kind);
    }
}
