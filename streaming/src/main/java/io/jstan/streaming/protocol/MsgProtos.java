package io.jstan.streaming.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.CodedOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes the {@code MsgProto} a channel stores and delivers. A first delivery sends the stored
 * bytes as they are; a redelivery appends the redelivered flag and count (protobuf lets a later
 * field win and the stored form never carries them), so no message is decoded to be resent.
 */
public final class MsgProtos {

    private static final int SEQUENCE = 1;
    private static final int SUBJECT = 2;
    private static final int REPLY = 3;
    private static final int DATA = 4;
    private static final int TIMESTAMP = 5;
    private static final byte REDELIVERED_TRUE_TAG = (6 << 3);
    private static final byte REDELIVERY_COUNT_TAG = (7 << 3);

    private MsgProtos() {
    }

    /** The stored form; {@code subject} is the channel name as UTF-8. */
    public static byte[] encode(long sequence, byte[] subject, String reply, ByteString data, long timestamp) {
        int dataLength = data.size();
        int size = CodedOutputStream.computeUInt64Size(SEQUENCE, sequence)
                + CodedOutputStream.computeTagSize(SUBJECT) + CodedOutputStream.computeUInt32SizeNoTag(subject.length)
                + subject.length
                + (reply.isEmpty() ? 0 : CodedOutputStream.computeStringSize(REPLY, reply))
                + (dataLength == 0 ? 0 : CodedOutputStream.computeTagSize(DATA)
                        + CodedOutputStream.computeUInt32SizeNoTag(dataLength) + dataLength)
                + (timestamp == 0 ? 0 : CodedOutputStream.computeInt64Size(TIMESTAMP, timestamp));
        byte[] out = new byte[size];
        CodedOutputStream o = CodedOutputStream.newInstance(out);
        try {
            o.writeUInt64(SEQUENCE, sequence);
            o.writeByteArray(SUBJECT, subject);
            if (!reply.isEmpty()) {
                o.writeString(REPLY, reply);
            }
            if (dataLength > 0) {
                o.writeBytes(DATA, data);
            }
            if (timestamp != 0) {
                o.writeInt64(TIMESTAMP, timestamp);
            }
            o.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stored message marked as redelivered for the {@code count}-th time. */
    public static byte[] redelivered(byte[] stored, int count) {
        int countSize = count == 0 ? 0 : 1 + CodedOutputStream.computeUInt32SizeNoTag(count);
        byte[] out = new byte[stored.length + 2 + countSize];
        System.arraycopy(stored, 0, out, 0, stored.length);
        int i = stored.length;
        out[i++] = REDELIVERED_TRUE_TAG;
        out[i++] = 1;
        if (count != 0) {
            out[i++] = REDELIVERY_COUNT_TAG;
            for (int v = count; ; v >>>= 7) {
                if ((v & ~0x7F) == 0) {
                    out[i] = (byte) v;
                    break;
                }
                out[i++] = (byte) ((v & 0x7F) | 0x80);
            }
        }
        return out;
    }

    /** The sequence of a stored message: always its first field. */
    public static long sequenceOf(byte[] stored) {
        long value = 0;
        for (int i = 1, shift = 0; i < stored.length && shift < 64; i++, shift += 7) {
            byte b = stored[i];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        return value;
    }

    /** The timestamp of a stored message; 0 when it cannot be read. */
    public static long timestampOf(byte[] stored) {
        try {
            return Protocol.MsgProto.parseFrom(stored).getTimestamp();
        } catch (InvalidProtocolBufferException e) {
            return 0;
        }
    }
}
