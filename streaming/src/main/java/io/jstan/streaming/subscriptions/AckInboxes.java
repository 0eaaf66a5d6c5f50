package io.jstan.streaming.subscriptions;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.delivery.Acks;
import io.jstan.streaming.protocol.Protocol.Ack;
import io.jstan.streaming.transport.NatsTransport;

/** Listens on a subscription's ack inbox: acks are decoded on the network thread and applied on the channel's worker. */
public final class AckInboxes {

    private final NatsTransport transport;
    private final Acks acks;

    public AckInboxes(NatsTransport transport, Acks acks) {
        this.transport = transport;
        this.acks = acks;
    }

    void listen(Subscription sub) {
        sub.ackSubscription(transport.subscribe(sub.ackInbox(), (subject, reply, data) -> onAck(sub, data)));
    }

    private void onAck(Subscription sub, byte[] data) {
        Ack ack;
        try {
            ack = Ack.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        if (ack.getSubject().equals(sub.channel().name())) {
            sub.channel().worker().execute(new AckTask(acks, sub, ack.getSequence()));
        }
    }
}
