package io.jstan.bench.stan.direct;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.google.protobuf.InvalidProtocolBufferException;

import io.jstan.bench.stan.client.MessageListener;
import io.jstan.bench.stan.client.Payloads;
import io.jstan.bench.stan.client.StanSubscription;
import io.jstan.streaming.protocol.Protocol;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.NUID;

/** A subscription of the direct client: MsgProtos on its own dispatcher, each acked on the ack inbox. */
final class DirectSubscription implements StanSubscription {

    private final Connection nats;
    private final DirectSettings settings;
    private final Protocol.ConnectResponse subjects;
    private final String clientId;
    private final String channel;
    private final Dispatcher dispatcher;
    /** Set from the SubscriptionResponse; a message handled before it waits for it. */
    private final CompletableFuture<String> ackInbox = new CompletableFuture<>();
    private final MessageListener listener;

    private DirectSubscription(Connection nats, DirectSettings settings, Protocol.ConnectResponse subjects,
            String clientId, String channel, MessageListener listener) {
        this.nats = nats;
        this.settings = settings;
        this.subjects = subjects;
        this.clientId = clientId;
        this.channel = channel;
        this.listener = listener;
        this.dispatcher = nats.createDispatcher(this::onMessage);
    }

    static DirectSubscription open(Connection nats, DirectSettings settings, Protocol.ConnectResponse subjects,
            String clientId, String channel, String queueGroup, boolean fromOldest, MessageListener listener)
            throws Exception {
        DirectSubscription subscription = new DirectSubscription(nats, settings, subjects, clientId, channel, listener);
        String inbox = "_INBOX." + NUID.nextGlobal();
        subscription.dispatcher.subscribe(inbox);
        Protocol.SubscriptionRequest request = Protocol.SubscriptionRequest.newBuilder()
                .setClientID(clientId)
                .setSubject(channel)
                .setQGroup(queueGroup)
                .setInbox(inbox)
                .setMaxInFlight(settings.maxInFlight())
                .setAckWaitInSecs(settings.ackWaitSeconds())
                .setStartPosition(fromOldest ? Protocol.StartPosition.First : Protocol.StartPosition.NewOnly)
                .build();
        try {
            Message reply = DirectClient.request(nats, subjects.getSubRequests(), request.toByteArray(),
                    settings.requestTimeout(), "stan: subscribe request timeout");
            Protocol.SubscriptionResponse response = Protocol.SubscriptionResponse.parseFrom(reply.getData());
            if (!response.getError().isEmpty()) {
                throw new IOException(response.getError());
            }
            subscription.ackInbox.complete(response.getAckInbox());
        } catch (Exception e) {
            nats.closeDispatcher(subscription.dispatcher);
            throw e;
        }
        return subscription;
    }

    private void onMessage(Message message) {
        Protocol.MsgProto delivered;
        try {
            delivered = Protocol.MsgProto.parseFrom(message.getData());
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        byte[] ack = Protocol.Ack.newBuilder()
                .setSubject(delivered.getSubject())
                .setSequence(delivered.getSequence())
                .build()
                .toByteArray();
        nats.publish(ackInbox.join(), ack);
        listener.onMessage(Payloads.stampOf(delivered.getData()));
    }

    /** Sends a subscription close (not an unsubscribe) when the server supports it. */
    @Override
    public void close() throws Exception {
        try {
            if (!subjects.getSubCloseRequests().isEmpty()) {
                byte[] request = Protocol.UnsubscribeRequest.newBuilder()
                        .setClientID(clientId)
                        .setSubject(channel)
                        .setInbox(ackInbox.join())
                        .build()
                        .toByteArray();
                Message reply = DirectClient.request(nats, subjects.getSubCloseRequests(), request,
                        settings.requestTimeout(), "stan: close subscription request timeout");
                String error = Protocol.SubscriptionResponse.parseFrom(reply.getData()).getError();
                if (!error.isEmpty()) {
                    throw new IOException(error);
                }
            }
        } finally {
            nats.closeDispatcher(dispatcher);
        }
    }
}
