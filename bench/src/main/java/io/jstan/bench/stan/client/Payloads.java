package io.jstan.bench.stan.client;

import com.google.protobuf.ByteString;

/**
 * Publish stamps in payloads: the first 8 bytes carry {@link System#nanoTime()} at publish, so a
 * subscriber in the same process measures publish-to-delivery latency. Shorter payloads carry none.
 */
public final class Payloads {

    public static final int STAMP_BYTES = Long.BYTES;

    private Payloads() {
    }

    /** Writes the stamp in place; the clients copy the payload during the publish call. */
    public static void stamp(byte[] payload, long nanos) {
        if (payload.length < STAMP_BYTES) {
            return;
        }
        for (int i = 0; i < STAMP_BYTES; i++) {
            payload[i] = (byte) (nanos >>> (56 - 8 * i));
        }
    }

    public static long stampOf(byte[] payload) {
        if (payload == null || payload.length < STAMP_BYTES) {
            return -1;
        }
        long nanos = 0;
        for (int i = 0; i < STAMP_BYTES; i++) {
            nanos = (nanos << 8) | (payload[i] & 0xFF);
        }
        return nanos;
    }

    public static long stampOf(ByteString payload) {
        if (payload.size() < STAMP_BYTES) {
            return -1;
        }
        long nanos = 0;
        for (int i = 0; i < STAMP_BYTES; i++) {
            nanos = (nanos << 8) | (payload.byteAt(i) & 0xFF);
        }
        return nanos;
    }
}
