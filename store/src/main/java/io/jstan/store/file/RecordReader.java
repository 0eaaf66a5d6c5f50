package io.jstan.store.file;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Reads a payload written by {@link RecordWriter}; a short or malformed payload throws {@link IllegalArgumentException}. */
final class RecordReader {

    private final ByteBuffer buffer;

    RecordReader(ByteBuffer payload) {
        this.buffer = payload.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    int getByte() {
        need(1);
        return buffer.get() & 0xFF;
    }

    boolean getBoolean() {
        return getByte() != 0;
    }

    int getInt() {
        need(4);
        return buffer.getInt();
    }

    long getLong() {
        need(8);
        return buffer.getLong();
    }

    byte[] getBytes() {
        int length = getInt();
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        need(length);
        byte[] value = new byte[length];
        buffer.get(value);
        return value;
    }

    String getString() {
        return new String(getBytes(), StandardCharsets.UTF_8);
    }

    private void need(int bytes) {
        if (buffer.remaining() < bytes) {
            throw new IllegalArgumentException("record ends early");
        }
    }
}
