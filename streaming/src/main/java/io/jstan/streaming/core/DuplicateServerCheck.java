package io.jstan.streaming.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.protocol.GoQuote;
import io.jstan.streaming.protocol.Protocol.CloseRequest;
import io.jstan.streaming.protocol.Protocol.ConnectRequest;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.transport.NatsTransport;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * Before listening, a server asks its own discovery subject whether another server with the same
 * cluster id answers there; silence or "no responders" means it is alone.
 */
public final class DuplicateServerCheck {

    private static final Duration TIMEOUT = Duration.ofMillis(250);

    private DuplicateServerCheck() {
    }

    /** Throws when another server answered. */
    public static void run(NatsTransport transport, ServerSubjects subjects, String clusterId)
            throws InterruptedException {
        byte[] request = ConnectRequest.newBuilder()
                .setClientID(clusterId)
                .setHeartbeatInbox(transport.newInbox())
                .build().toByteArray();
        ConnectResponse response;
        try {
            response = ConnectResponse.parseFrom(transport.request(subjects.discover(), request, TIMEOUT).get());
        } catch (ExecutionException | InvalidProtocolBufferException e) {
            return;
        }
        if (!response.getCloseRequests().isEmpty()) {
            transport.publish(response.getCloseRequests(), null,
                    CloseRequest.newBuilder().setClientID(clusterId).build().toByteArray());
        }
        throw new IllegalStateException("discovered another streaming server with cluster ID " + GoQuote.quote(clusterId));
    }
}
