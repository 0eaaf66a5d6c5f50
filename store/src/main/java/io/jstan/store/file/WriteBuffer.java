package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Bytes appended to a file but not yet written: a direct buffer that starts small and doubles
 * up to the configured size, so a quiet channel costs little memory. A record larger than the
 * maximum still fits; the owner writes the buffer out once it is {@linkplain #full() full}.
 */
final class WriteBuffer {

    /** Capacity kept after a large record even when the maximum is smaller, so small buffers are not reallocated each time. */
    private static final int KEEP = 64 * 1024;

    private final int max;
    private ByteBuffer buffer;

    WriteBuffer(int initial, int max) {
        this.max = max;
        this.buffer = ByteBuffer.allocateDirect(Math.max(initial, 64)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The buffer, with room for {@code bytes} more at its position. */
    ByteBuffer reserve(int bytes) {
        if (buffer.remaining() < bytes) {
            int capacity = buffer.capacity();
            while (capacity - buffer.position() < bytes) {
                capacity *= 2;
            }
            ByteBuffer larger = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
            larger.put(buffer.flip());
            buffer = larger;
        }
        return buffer;
    }

    boolean full() {
        return buffer.position() >= max;
    }

    int size() {
        return buffer.position();
    }

    /** A read-only view of {@code length} buffered bytes from {@code from}. */
    ByteBuffer view(int from, int length) {
        return buffer.asReadOnlyBuffer().limit(from + length).position(from).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes everything at {@code position} of {@code file}; returns the byte count. */
    int writeTo(FileChannel file, long position) throws IOException {
        buffer.flip();
        int written = buffer.remaining();
        long at = position;
        while (buffer.hasRemaining()) {
            at += file.write(buffer, at);
        }
        buffer.clear();
        int keep = Math.max(max, KEEP);
        if (buffer.capacity() > 2 * keep) {
            // A single huge record grew the buffer; do not keep that memory.
            buffer = ByteBuffer.allocateDirect(keep).order(ByteOrder.LITTLE_ENDIAN);
        }
        return written;
    }
}
