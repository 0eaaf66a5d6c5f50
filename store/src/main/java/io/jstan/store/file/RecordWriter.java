package io.jstan.store.file;

import java.nio.charset.StandardCharsets;

/** Builds a record payload: little-endian numbers, length-prefixed UTF-8 strings and byte arrays. */
final class RecordWriter {

    private byte[] bytes = new byte[128];
    private int size;

    RecordWriter putByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    RecordWriter putBoolean(boolean value) {
        return putByte(value ? 1 : 0);
    }

    RecordWriter putInt(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    RecordWriter putLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    RecordWriter putBytes(byte[] value) {
        putInt(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    RecordWriter putString(String value) {
        return putBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
