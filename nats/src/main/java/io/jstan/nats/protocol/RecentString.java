package io.jstan.nats.protocol;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a token, returning the previous String when the bytes are the same. A publisher
 * usually sends many messages to one subject with one reply inbox; reusing the String saves
 * an allocation and lets its cached hash speed up the subject index lookup.
 */
final class RecentString {

    private static final int MAX_REMEMBERED = 256;

    private byte[] bytes = new byte[0];
    private String value;

    String of(ByteBuf in, int start, int end) {
        int length = end - start;
        if (value != null && length == bytes.length && sameBytes(in, start, length)) {
            return value;
        }
        String decoded = in.toString(start, length, StandardCharsets.ISO_8859_1);
        if (length <= MAX_REMEMBERED) {
            bytes = new byte[length];
            in.getBytes(start, bytes);
            value = decoded;
        }
        return decoded;
    }

    private boolean sameBytes(ByteBuf in, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (in.getByte(start + i) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
