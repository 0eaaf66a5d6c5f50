package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Read-ahead over slices' data files: messages read in order, as a subscriber replaying a
 * channel does, cost one read per block rather than one per message. The buffer is split into
 * a few blocks, reused least recently used first, so subscribers reading at different
 * positions each keep a block instead of evicting each other's on every message.
 */
final class ReadAhead {

    private static final int BLOCKS = 4;

    /** One block: a window of one slice's data file. */
    private static final class Block {
        final ByteBuffer buffer;
        Segment segment;
        long start;
        int length;
        long lastUse;

        Block(int size) {
            buffer = Frames.allocate(size);
        }

        boolean holds(Segment from, long offset, int size) {
            return from == segment && offset >= start && offset + size <= start + length;
        }
    }

    private final Block[] blocks;
    private long uses;

    ReadAhead(int size) {
        int blockSize = size / BLOCKS;
        this.blocks = new Block[blockSize > 0 ? BLOCKS : 0];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new Block(blockSize);
        }
    }

    /** {@code size} bytes at {@code offset} of the written part of the slice's data file. */
    ByteBuffer read(Segment from, long offset, int size) throws IOException {
        Block block = find(from, offset, size);
        if (block == null) {
            if (blocks.length == 0 || size > blocks[0].buffer.capacity()) {
                return SegmentRecovery.read(from.data(), offset, size);
            }
            block = fill(leastRecentlyUsed(), from, offset, size);
        }
        block.lastUse = ++uses;
        int at = (int) (offset - block.start);
        ByteBuffer buffer = block.buffer;
        return buffer.duplicate().limit(Math.min(at + size, block.length)).position(at).slice().order(buffer.order());
    }

    /** Drops what was read from a slice about to be deleted or cut. */
    void forget(Segment removed) {
        for (Block block : blocks) {
            if (block.segment == removed) {
                block.segment = null;
            }
        }
    }

    private Block find(Segment from, long offset, int size) {
        for (Block block : blocks) {
            if (block.holds(from, offset, size)) {
                return block;
            }
        }
        return null;
    }

    private Block leastRecentlyUsed() {
        Block oldest = blocks[0];
        for (Block block : blocks) {
            if (block.lastUse < oldest.lastUse) {
                oldest = block;
            }
        }
        return oldest;
    }

    private static Block fill(Block block, Segment from, long offset, int size) throws IOException {
        ByteBuffer buffer = block.buffer;
        int wanted = (int) Math.min(buffer.capacity(), from.written() - offset);
        buffer.clear().limit(Math.max(wanted, size));
        long at = offset;
        while (buffer.hasRemaining()) {
            int read = from.data().read(buffer, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        block.segment = from;
        block.start = offset;
        block.length = buffer.position();
        return block;
    }
}
