package io.jstan.streaming.testing;

import com.google.protobuf.ByteString;
import io.jstan.streaming.protocol.Protocol.Ack;
import io.jstan.streaming.protocol.Protocol.ConnectRequest;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;
import io.jstan.streaming.protocol.Protocol.MsgProto;
import io.jstan.streaming.protocol.Protocol.PubAck;
import io.jstan.streaming.protocol.Protocol.PubMsg;
import io.jstan.streaming.protocol.Protocol.SubscriptionRequest;
import io.jstan.streaming.protocol.Protocol.SubscriptionResponse;
import io.jstan.streaming.protocol.Protocol.UnsubscribeRequest;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Nats;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streaming client speaking the wire protocol directly over a NATS connection, so tests see
 * exactly what the server sends and control exactly what it receives (acks, heartbeat answers).
 */
public final class WireClient implements AutoCloseable {

    /** One subscription: what it received, and its ack inbox. */
    public record Sub(String inbox, String ackInbox, BlockingQueue<MsgProto> messages) {

        public MsgProto next() throws InterruptedException {
            return messages.poll(5, TimeUnit.SECONDS);
        }

        public MsgProto none(Duration wait) throws InterruptedException {
            return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Connection nc;
    private final Dispatcher dispatcher;
    private final String clusterId;
    private final AtomicBoolean answerHeartbeats = new AtomicBoolean(true);
    private String clientId;
    private String heartbeatInbox;
    private ConnectResponse subjects;

    public WireClient(String url, String clusterId) throws Exception {
        this.nc = Nats.connect(url);
        this.dispatcher = nc.createDispatcher(m -> { });
        this.clusterId = clusterId;
    }

    public Connection nats() {
        return nc;
    }

    /** Connects with protocol 1 and a fresh connection id; returns the response. */
    public ConnectResponse connect(String id) throws Exception {
        clientId = id;
        heartbeatInbox = nc.createInbox();
        dispatcher.subscribe(heartbeatInbox, m -> {
            if (answerHeartbeats.get() && m.getReplyTo() != null) {
                nc.publish(m.getReplyTo(), new byte[0]);
            }
        });
        nc.flush(TIMEOUT);
        ConnectRequest request = ConnectRequest.newBuilder().setClientID(id).setHeartbeatInbox(heartbeatInbox)
                .setProtocol(1).setConnID(ByteString.copyFromUtf8(UUID.randomUUID().toString()))
                .setPingInterval(5).setPingMaxOut(3).build();
        subjects = ConnectResponse.parseFrom(request("_STAN.discover." + clusterId, request.toByteArray()));
        return subjects;
    }

    public void answerHeartbeats(boolean answer) {
        answerHeartbeats.set(answer);
    }

    public byte[] request(String subject, byte[] data) throws Exception {
        Message reply = nc.request(subject, data, TIMEOUT);
        if (reply == null) {
            throw new IllegalStateException("no reply on " + subject);
        }
        return reply.getData();
    }

    public PubAck publish(String channel, String data) throws Exception {
        PubMsg msg = PubMsg.newBuilder().setClientID(clientId).setGuid(UUID.randomUUID().toString())
                .setSubject(channel).setData(ByteString.copyFromUtf8(data)).build();
        return PubAck.parseFrom(request(subjects.getPubPrefix() + "." + channel, msg.toByteArray()));
    }

    public SubscriptionRequest.Builder subscription(String channel) {
        return SubscriptionRequest.newBuilder().setClientID(clientId).setSubject(channel)
                .setMaxInFlight(1024).setAckWaitInSecs(30);
    }

    /** Subscribes; throws with the server's error text on refusal. */
    public Sub subscribe(SubscriptionRequest.Builder request) throws Exception {
        String inbox = nc.createInbox();
        BlockingQueue<MsgProto> messages = new LinkedBlockingQueue<>();
        dispatcher.subscribe(inbox, m -> {
            try {
                messages.add(MsgProto.parseFrom(m.getData()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        nc.flush(TIMEOUT);
        SubscriptionResponse response = SubscriptionResponse.parseFrom(
                request(subjects.getSubRequests(), request.setInbox(inbox).build().toByteArray()));
        if (!response.getError().isEmpty()) {
            throw new IllegalStateException(response.getError());
        }
        return new Sub(inbox, response.getAckInbox(), messages);
    }

    public void ack(Sub sub, MsgProto m) {
        nc.publish(sub.ackInbox(), Ack.newBuilder().setSubject(m.getSubject()).setSequence(m.getSequence())
                .build().toByteArray());
    }

    /** Unsubscribes (or closes the subscription); returns the error text, empty on success. */
    public String unsubscribe(Sub sub, String channel, boolean close) throws Exception {
        UnsubscribeRequest request = UnsubscribeRequest.newBuilder().setClientID(clientId).setSubject(channel)
                .setInbox(sub.ackInbox()).build();
        String subject = close ? subjects.getSubCloseRequests() : subjects.getUnsubRequests();
        return SubscriptionResponse.parseFrom(request(subject, request.toByteArray())).getError();
    }

    /**
     * Returns once the channel's owner has processed everything this client sent before: a
     * request for an unknown subscription is answered by that owner, after them.
     */
    public void sync(String channel) throws Exception {
        UnsubscribeRequest request = UnsubscribeRequest.newBuilder().setClientID(clientId).setSubject(channel)
                .setInbox("no-such-subscription").build();
        request(subjects.getUnsubRequests(), request.toByteArray());
    }

    @Override
    public void close() throws InterruptedException {
        nc.close();
    }
}
