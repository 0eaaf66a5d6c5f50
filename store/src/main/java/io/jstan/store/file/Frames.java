package io.jstan.store.file;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The framing shared by every file of the store: a little-endian payload length, the CRC32C
 * of the payload, then the payload. Files open with a magic number and a format version.
 */
final class Frames {

    /** Length (4 bytes) and CRC32C (4 bytes). */
    static final int HEADER = 8;
    /** Larger lengths are corruption, not a record cut short by a crash. */
    static final int MAX_PAYLOAD = 1 << 30;
    static final int VERSION = 1;
    /** Magic number and version. */
    static final int FILE_HEADER = 8;

    private Frames() {
    }

    static int crc(ByteBuffer payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload.duplicate());
        return (int) crc.getValue();
    }

    /** A little-endian buffer holding one framed payload. */
    static ByteBuffer frame(byte[] payload, int length) {
        ByteBuffer frame = ByteBuffer.allocate(HEADER + length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(length).putInt(0).put(payload, 0, length);
        frame.putInt(4, crc(frame.duplicate().position(HEADER)));
        return frame.flip();
    }

    static void putFileHeader(ByteBuffer buffer, int magic) {
        buffer.putInt(magic).putInt(VERSION);
    }

    /** Null when the header is right, else what is wrong with it. */
    static String checkFileHeader(ByteBuffer header, int magic) {
        if (header.remaining() < FILE_HEADER) {
            return "file shorter than its header";
        }
        if (header.getInt() != magic) {
            return "not a file of this kind (wrong magic number)";
        }
        int version = header.getInt();
        if (version != VERSION) {
            return "unsupported file version: " + version + " (supports [1..1])";
        }
        return null;
    }

    static ByteBuffer allocate(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
