package io.jstan.streaming.protocol;

import com.google.protobuf.CodedOutputStream;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes the server's answers. Success answers whose fields are all defaults are zero-length
 * payloads, which every client accepts.
 */
public final class Replies {

    public static final byte[] EMPTY = new byte[0];

    private Replies() {
    }

    public static byte[] pubAck(String guid, String error) {
        return twoStrings(1, guid, 2, error);
    }

    /** A SubscriptionResponse: ack inbox is field 2, error field 3; there is no field 1. */
    public static byte[] subscriptionResponse(String ackInbox, String error) {
        return twoStrings(2, ackInbox, 3, error);
    }

    public static byte[] subscriptionError(String error) {
        return twoStrings(2, "", 3, error);
    }

    /** CloseResponse and PingResponse share the layout: the error in field 1. */
    public static byte[] errorOnly(String error) {
        return twoStrings(1, error, 2, "");
    }

    public static byte[] connectError(String error) {
        return ConnectResponse.newBuilder().setError(error).build().toByteArray();
    }

    private static byte[] twoStrings(int firstField, String first, int secondField, String second) {
        int size = (first.isEmpty() ? 0 : CodedOutputStream.computeStringSize(firstField, first))
                + (second.isEmpty() ? 0 : CodedOutputStream.computeStringSize(secondField, second));
        if (size == 0) {
            return EMPTY;
        }
        byte[] out = new byte[size];
        CodedOutputStream o = CodedOutputStream.newInstance(out);
        try {
            if (!first.isEmpty()) {
                o.writeString(firstField, first);
            }
            if (!second.isEmpty()) {
                o.writeString(secondField, second);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
