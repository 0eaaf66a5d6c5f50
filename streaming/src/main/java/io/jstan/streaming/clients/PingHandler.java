package io.jstan.streaming.clients;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.protocol.Protocol.Ping;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;

/**
 * Client pings, answered on the network thread: by connection id only, an unknown one means the
 * client was replaced or closed. A ping from a client with failed heartbeats triggers a check.
 */
public final class PingHandler {

    private static final byte[] REPLACED = Replies.errorOnly(ServerErrors.CLIENT_REPLACED);

    private final NatsTransport transport;
    private final ClientRegistry registry;
    private final HeartbeatMonitor heartbeats;
    private final Worker control;

    public PingHandler(NatsTransport transport, ClientRegistry registry, HeartbeatMonitor heartbeats, Worker control) {
        this.transport = transport;
        this.registry = registry;
        this.heartbeats = heartbeats;
        this.control = control;
    }

    public void handle(String replyTo, byte[] data) {
        if (data.length == 0 || replyTo == null) {
            return;
        }
        Ping ping;
        try {
            ping = Ping.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        Client client = ping.getConnID().isEmpty() ? null : registry.byConnectionId(ping.getConnID());
        if (client == null) {
            transport.publish(replyTo, null, REPLACED);
            return;
        }
        transport.publish(replyTo, null, Replies.EMPTY);
        if (client.hasFailedHeartbeats()) {
            control.execute(() -> heartbeats.checkSoon(client));
        }
    }
}
