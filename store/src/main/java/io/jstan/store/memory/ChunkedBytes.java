package io.jstan.store.memory;

import java.util.Arrays;

/**
 * An append-only byte sequence kept in large chunks and addressed by a position that only
 * grows. Data is appended back to back, a record may span chunks, and dropping everything
 * before a position frees the chunks that lie wholly before it.
 */
final class ChunkedBytes {

    /**
     * 256 KiB: below half of G1's smallest region (1 MiB), so a chunk is never a humongous
     * object, which G1 would round up to whole regions and waste up to half of.
     */
    static final int CHUNK_SHIFT = 18;
    static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    /** A quiet channel starts with a small chunk, doubled as it fills, so it does not hold a whole chunk. */
    private static final int FIRST_CHUNK_SIZE = 4096;

    private final PageRing<byte[]> chunks = new PageRing<>();
    /** Position of the first byte of the oldest chunk; every chunk but the newest is full. */
    private long chunksStart;
    private long end;
    private int newestFill;

    /** Appends the bytes right after the previous ones and returns the new end. */
    long append(byte[] source) {
        int copied = 0;
        while (copied < source.length) {
            byte[] newest = newestWithRoom(source.length - copied);
            int length = Math.min(source.length - copied, newest.length - newestFill);
            System.arraycopy(source, copied, newest, newestFill, length);
            newestFill += length;
            copied += length;
        }
        end += source.length;
        return end;
    }

    /** A copy of {@code length} bytes from {@code start}, which must not have been released. */
    byte[] read(long start, int length) {
        byte[] target = new byte[length];
        long offset = start - chunksStart;
        int chunk = (int) (offset >>> CHUNK_SHIFT);
        int inChunk = (int) (offset & CHUNK_MASK);
        int copied = 0;
        while (copied < length) {
            int n = Math.min(length - copied, CHUNK_SIZE - inChunk);
            System.arraycopy(chunks.get(chunk), inChunk, target, copied, n);
            copied += n;
            chunk++;
            inChunk = 0;
        }
        return target;
    }

    /** Declares the bytes before {@code position} unneeded; frees the chunks holding only those. */
    void releaseBefore(long position) {
        if (position == end) {
            // Nothing is kept: drop the newest chunk too, a quiet channel then holds no chunk.
            chunks.clear();
            chunksStart = end;
            newestFill = 0;
            return;
        }
        while (position - chunksStart >= CHUNK_SIZE) {
            chunks.removeFirst();
            chunksStart += CHUNK_SIZE;
        }
    }

    /** Bytes held by the chunks, used or not. */
    long capacity() {
        long capacity = 0;
        for (int i = 0; i < chunks.size(); i++) {
            capacity += chunks.get(i).length;
        }
        return capacity;
    }

    private byte[] newestWithRoom(int wanted) {
        int newestIndex = chunks.size() - 1;
        if (newestIndex < 0 || newestFill == CHUNK_SIZE) {
            // A chunk after a full one is full sized at once: the channel is busy.
            int size = newestIndex < 0 ? Math.min(CHUNK_SIZE, Math.max(FIRST_CHUNK_SIZE, wanted)) : CHUNK_SIZE;
            chunks.addLast(new byte[size]);
            newestFill = 0;
            return chunks.get(newestIndex + 1);
        }
        byte[] newest = chunks.get(newestIndex);
        if (newestFill == newest.length) {
            int size = Math.min(CHUNK_SIZE, Math.max(newest.length * 2, newestFill + wanted));
            newest = Arrays.copyOf(newest, size);
            chunks.set(newestIndex, newest);
        }
        return newest;
    }
}
