package io.jstan.bench.stan.direct;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import io.jstan.bench.stan.client.AckListener;
import io.jstan.bench.stan.client.ConnectionLostListener;
import io.jstan.bench.stan.client.MessageListener;
import io.jstan.bench.stan.client.NatsCounts;
import io.jstan.bench.stan.client.StanClient;
import io.jstan.bench.stan.client.StanSubscription;
import io.jstan.streaming.protocol.Protocol;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.NUID;

/** A streaming client speaking the protocol directly over one jnats connection. */
final class DirectClient implements StanClient {

    private final Connection nats;
    private final DirectSettings settings;
    private final String clientId;
    private final ByteString connId;
    private final String ackInbox;
    private final Protocol.ConnectResponse subjects;
    private final PubAckWindow window;
    private final Pinger pinger;

    private DirectClient(Connection nats, DirectSettings settings, String clientId, ByteString connId,
            String ackInbox, Protocol.ConnectResponse subjects, PubAckWindow window, Pinger pinger) {
        this.nats = nats;
        this.settings = settings;
        this.clientId = clientId;
        this.connId = connId;
        this.ackInbox = ackInbox;
        this.subjects = subjects;
        this.window = window;
        this.pinger = pinger;
    }

    /** Subscribes the heartbeat and PubAck inboxes, then sends the ConnectRequest. */
    static DirectClient connect(Connection nats, DirectSettings settings, String clientId,
            ConnectionLostListener onLost, ScheduledExecutorService timer) throws Exception {
        String nuid = NUID.nextGlobal();
        ByteString connId = ByteString.copyFromUtf8(nuid);
        String heartbeatInbox = "_INBOX." + NUID.nextGlobal();
        String ackInbox = "_STAN.acks." + NUID.nextGlobal();

        Dispatcher heartbeats = nats.createDispatcher(message -> nats.publish(message.getReplyTo(), null));
        heartbeats.subscribe(heartbeatInbox);
        PubAckWindow window = new PubAckWindow(settings.maxPubAcksInFlight(), nuid);
        Dispatcher pubAcks = nats.createDispatcher(message -> completePublish(window, message));
        pubAcks.subscribe(ackInbox);

        Protocol.ConnectRequest request = Protocol.ConnectRequest.newBuilder()
                .setClientID(clientId)
                .setHeartbeatInbox(heartbeatInbox)
                .setProtocol(1)
                .setConnID(connId)
                .setPingInterval(settings.pingIntervalSeconds())
                .setPingMaxOut(settings.pingMaxOut())
                .build();
        Message reply = request(nats, settings.discoverSubject(), request.toByteArray(), settings.requestTimeout(),
                "stan: connect request timeout (clusterID: " + settings.clusterId() + ")");
        Protocol.ConnectResponse response = Protocol.ConnectResponse.parseFrom(reply.getData());
        if (!response.getError().isEmpty()) {
            throw new IOException(response.getError());
        }
        Pinger pinger = null;
        if (response.getProtocol() >= 1 && response.getPingInterval() != 0) {
            pinger = new Pinger(nats, response.getPingRequests(), connId, pingInterval(response.getPingInterval()),
                    response.getPingMaxOut(), reason -> onLost.onLost(clientId, new IOException(reason)));
            pinger.start(timer);
        }
        return new DirectClient(nats, settings, clientId, connId, ackInbox, response, window, pinger);
    }

    /** Seconds; negative values are milliseconds (the protocol's test convention). */
    private static Duration pingInterval(int value) {
        return value < 0 ? Duration.ofMillis(-value) : Duration.ofSeconds(value);
    }

    private static void completePublish(PubAckWindow window, Message message) {
        try {
            Protocol.PubAck ack = Protocol.PubAck.parseFrom(message.getData());
            window.complete(ack.getGuid(), ack.getError().isEmpty() ? null : ack.getError());
        } catch (InvalidProtocolBufferException ignored) {
            // Not a PubAck: nothing waits for it.
        }
    }

    static Message request(Connection nats, String subject, byte[] body, Duration timeout, String timeoutText)
            throws Exception {
        Message reply = nats.request(subject, body, timeout);
        if (reply == null || reply.isStatusMessage()) {
            throw new IOException(timeoutText);
        }
        return reply;
    }

    @Override
    public void publishAsync(String channel, byte[] data, AckListener listener) throws Exception {
        String guid = window.open(listener);
        Protocol.PubMsg message = Protocol.PubMsg.newBuilder()
                .setClientID(clientId)
                .setGuid(guid)
                .setSubject(channel)
                .setData(ByteString.copyFrom(data))
                .setConnID(connId)
                .build();
        nats.publish(subjects.getPubPrefix() + "." + channel, ackInbox, message.toByteArray());
    }

    @Override
    public long publish(String channel, byte[] data) throws Exception {
        CompletableFuture<Long> acked = new CompletableFuture<>();
        publishAsync(channel, data, (latency, error) -> {
            if (error == null) {
                acked.complete(latency);
            } else {
                acked.completeExceptionally(new IOException(error));
            }
        });
        return acked.get();
    }

    @Override
    public StanSubscription subscribe(String channel, String queueGroup, boolean fromOldest, MessageListener listener)
            throws Exception {
        return DirectSubscription.open(nats, settings, subjects, clientId, channel, queueGroup, fromOldest, listener);
    }

    @Override
    public NatsCounts natsCounts() {
        return NatsCounts.of(nats);
    }

    @Override
    public void close() throws Exception {
        if (pinger != null) {
            pinger.stop();
        }
        try {
            byte[] request = Protocol.CloseRequest.newBuilder().setClientID(clientId).build().toByteArray();
            Message reply = request(nats, subjects.getCloseRequests(), request, settings.requestTimeout(),
                    "stan: close request timeout");
            String error = Protocol.CloseResponse.parseFrom(reply.getData()).getError();
            if (!error.isEmpty()) {
                throw new IOException(error);
            }
        } finally {
            nats.close();
        }
    }
}
