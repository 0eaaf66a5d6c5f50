package io.jstan.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.store.ChannelLimits;
import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

/** The memory a stored message costs: the target is about 160 bytes for a 128-byte payload. */
class MemoryMessageLogFootprintTest {

    private static final int MESSAGES = 200_000;
    /** The encoded MsgProto of a 128-byte payload on a short subject is about 150 bytes. */
    private static final int ENCODED_SIZE = 150;
    private static final long T0 = 1_700_000_000_000_000_000L;

    @Test
    void chunksAndIndexHoldTheEncodedBytesPlusAboutEightBytesAMessage() {
        MemoryMessageLog log = filled(ChannelLimits.UNLIMITED);

        // Index: two 4-byte columns; chunks: the bytes plus the unused part of the newest chunk.
        long slack = ChunkedBytes.CHUNK_SIZE + 8L * 1024;
        assertThat(log.footprint()).isLessThanOrEqualTo((ENCODED_SIZE + 8L) * MESSAGES + slack);
    }

    @Test
    void theRetainedHeapStaysNearTheFootprint() {
        long before = usedHeapAfterGc();
        MemoryMessageLog log = filled(ChannelLimits.UNLIMITED);
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(log);

        // About 159 is measured; the bound leaves room for collector noise yet still catches
        // chunks that the collector stores at twice their size (G1 humongous objects).
        assertThat((after - before) / MESSAGES).isLessThanOrEqualTo(200);
    }

    @Test
    void droppedMessagesGiveTheirChunksBack() {
        MemoryMessageLog log = filled(new ChannelLimits(0, 10_000, 0, 0, 0));

        assertThat(log.count()).isEqualTo(10_000);
        assertThat(log.footprint()).isLessThanOrEqualTo(10_000L * ENCODED_SIZE + 2L * ChunkedBytes.CHUNK_SIZE + 12 * 8192);

        log.removeOlderThan(Long.MAX_VALUE);
        // Only the index page the next sequence goes to is left.
        assertThat(log.footprint()).isLessThanOrEqualTo(8192);
    }

    private static MemoryMessageLog filled(ChannelLimits limits) {
        MemoryMessageLog log = new MemoryMessageLog(limits);
        byte[] body = new byte[ENCODED_SIZE];
        for (int seq = 1; seq <= MESSAGES; seq++) {
            body[0] = (byte) seq;
            log.append(seq, T0 + seq * 2_000L, body);
        }
        return log;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        // Several collections: the smallest reading is the one with the least leftover garbage.
        for (int i = 0; i < 4; i++) {
            System.gc();
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
    }
}
