package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Read-ahead over a slice's data file: messages read in order, as a subscriber replaying a
 * channel does, cost one read per block rather than one per message.
 */
final class ReadAhead {

    private final ByteBuffer block;
    private Segment segment;
    private long start;
    private int length;

    ReadAhead(int size) {
        this.block = size > 0 ? Frames.allocate(size) : null;
    }

    /** {@code size} bytes at {@code offset} of the written part of the slice's data file. */
    ByteBuffer read(Segment from, long offset, int size) throws IOException {
        if (from != segment || offset < start || offset + size > start + length) {
            if (block == null || size > block.capacity()) {
                return SegmentRecovery.read(from.data(), offset, size);
            }
            int wanted = (int) Math.min(block.capacity(), from.written() - offset);
            block.clear().limit(Math.max(wanted, size));
            long at = offset;
            while (block.hasRemaining()) {
                int read = from.data().read(block, at);
                if (read < 0) {
                    break;
                }
                at += read;
            }
            segment = from;
            start = offset;
            length = block.position();
        }
        int at = (int) (offset - start);
        return block.duplicate().limit(Math.min(at + size, length)).position(at).slice().order(block.order());
    }

    /** Drops what was read from a slice about to be deleted or cut. */
    void forget(Segment removed) {
        if (segment == removed) {
            segment = null;
        }
    }
}
