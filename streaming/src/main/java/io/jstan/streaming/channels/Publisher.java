package io.jstan.streaming.channels;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.clients.ClientRegistry;
import io.jstan.streaming.monitor.Traffic;
import io.jstan.streaming.delivery.Dispatcher;
import io.jstan.streaming.protocol.ChannelNames;
import io.jstan.streaming.protocol.Protocol.PubMsg;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.time.Clock;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes as they arrive on a network thread: decoded and checked there, then handed to the
 * channel's worker. The channel is the one named in the message, not the subject's suffix.
 */
public final class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final NatsTransport transport;
    private final ClientRegistry clients;
    private final WorkerPool workers;
    private final PublishBatch[] batches;
    private final Traffic traffic;
    private final boolean trace;

    public Publisher(NatsTransport transport, ClientRegistry clients, ChannelRegistry channels,
                     ChannelLifecycle lifecycle, Dispatcher dispatcher, WorkerPool workers, Clock clock,
                     Traffic traffic, boolean trace) {
        this.transport = transport;
        this.traffic = traffic;
        this.clients = clients;
        this.workers = workers;
        this.trace = trace;
        this.batches = new PublishBatch[workers.all().length];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new PublishBatch(channels, lifecycle, dispatcher, transport, clock);
            workers.all()[i].batch(batches[i]);
        }
    }

    public void handle(String replyTo, byte[] data) {
        traffic.received(data.length);
        PubMsg msg;
        try {
            msg = PubMsg.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            reject(replyTo, "");
            return;
        }
        if (trace) {
            log.trace("[Client:{}] Received message from publisher subj={} guid={}", msg.getClientID(),
                    msg.getSubject(), msg.getGuid());
        }
        if (msg.getGuid().isEmpty() || !ChannelNames.isValidChannel(msg.getSubject()) || !isRegistered(msg)) {
            reject(replyTo, msg.getGuid());
            return;
        }
        String channel = msg.getSubject();
        int worker = workers.indexOf(channel);
        workers.all()[worker].execute(new PublishTask(batches[worker], channel, msg.getGuid(), msg.getReply(),
                msg.getData(), replyTo));
    }

    /** By connection id when the client sent one (old, replaced connections then fail), else by client id. */
    private boolean isRegistered(PubMsg msg) {
        return msg.getConnID().isEmpty()
                ? clients.byId(msg.getClientID()) != null
                : clients.byConnectionId(msg.getConnID()) != null;
    }

    private void reject(String replyTo, String guid) {
        if (replyTo != null) {
            transport.publish(replyTo, null, Replies.pubAck(guid, ServerErrors.INVALID_PUBLISH_REQUEST));
        }
    }
}
