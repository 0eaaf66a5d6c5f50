package io.jstan.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkedBytesTest {

    @Test
    void recordsSpanningChunksReadBackWhole() {
        ChunkedBytes bytes = new ChunkedBytes();
        byte[] small = filled(1000, 1);
        byte[] large = filled(ChunkedBytes.CHUNK_SIZE + 5000, 2);

        long smallEnd = bytes.append(small);
        long largeEnd = bytes.append(large);
        bytes.append(small);

        assertThat(bytes.read(0, small.length)).isEqualTo(small);
        assertThat(bytes.read(smallEnd, large.length)).isEqualTo(large);
        assertThat(bytes.read(largeEnd, small.length)).isEqualTo(small);
    }

    @Test
    void releasingFreesOnlyChunksWhollyBeforeThePosition() {
        ChunkedBytes bytes = new ChunkedBytes();
        byte[] record = filled(100_000, 3);
        long end = 0;
        for (int i = 0; i < 30; i++) {
            end = bytes.append(record);
        }
        long lastStart = end - record.length;

        bytes.releaseBefore(lastStart);

        assertThat(bytes.capacity()).isLessThanOrEqualTo(2L * ChunkedBytes.CHUNK_SIZE);
        assertThat(bytes.read(lastStart, record.length)).isEqualTo(record);
        bytes.releaseBefore(end);
        assertThat(bytes.capacity()).isZero();

        long next = bytes.append(record);
        assertThat(bytes.read(end, record.length)).isEqualTo(record);
        assertThat(next).isEqualTo(end + record.length);
        assertThat(bytes.capacity()).isLessThan(ChunkedBytes.CHUNK_SIZE);
    }

    private static byte[] filled(int size, int tag) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (tag + i * 7);
        }
        return data;
    }
}
