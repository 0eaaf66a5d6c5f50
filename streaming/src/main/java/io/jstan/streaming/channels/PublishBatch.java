package io.jstan.streaming.channels;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;
import io.jstan.store.StoreException;
import io.jstan.streaming.delivery.Dispatcher;
import io.jstan.streaming.limits.GoFormat;
import io.jstan.streaming.protocol.GoQuote;
import io.jstan.streaming.protocol.MsgProtos;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.time.Clock;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Group commit of one worker: publishes are appended as they come; the commit flushes each
 * touched channel once, delivers to its subscriptions, flushes their pending records, and only
 * then sends the batch's PubAcks, so a PubAck means stored and offered to subscribers.
 */
final class PublishBatch implements Worker.Batch {

    private static final Logger log = LoggerFactory.getLogger(PublishBatch.class);

    private record Ack(String replyTo, String guid, Channel channel, String error) {
    }

    private final ChannelRegistry registry;
    private final ChannelLifecycle lifecycle;
    private final Dispatcher dispatcher;
    private final NatsTransport transport;
    private final Clock clock;
    private final List<Ack> acks = new ArrayList<>();
    private final List<Channel> touched = new ArrayList<>();
    private final Map<Channel, String> failedFlushes = new HashMap<>();
    private final Map<Channel, Long> lastTimestamps = new HashMap<>();

    PublishBatch(ChannelRegistry registry, ChannelLifecycle lifecycle, Dispatcher dispatcher, NatsTransport transport,
                 Clock clock) {
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.dispatcher = dispatcher;
        this.transport = transport;
        this.clock = clock;
    }

    void stage(PublishTask task) {
        Channel channel;
        try {
            channel = registry.lookupOrCreate(task.channel);
        } catch (ChannelException e) {
            acks.add(new Ack(task.replyTo, task.guid, null, e.getMessage()));
            return;
        }
        MessageLog messages = channel.messages();
        long sequence = messages.last() + 1;
        long timestamp = channel.nextTimestamp(clock.nowNanos());
        byte[] encoded = MsgProtos.encode(sequence, channel.nameBytes(), task.reply, task.data, timestamp);
        long countBefore = messages.count();
        try {
            messages.append(sequence, timestamp, encoded);
        } catch (StoreException e) {
            acks.add(new Ack(task.replyTo, task.guid, null, e.getMessage()));
            return;
        }
        if (messages.count() <= countBefore && channel.firstDrop()) {
            warnDropping(channel, messages);
        }
        if (!channel.hasStaged()) {
            channel.staged(true);
            touched.add(channel);
        }
        lastTimestamps.put(channel, timestamp);
        acks.add(new Ack(task.replyTo, task.guid, channel, null));
    }

    @Override
    public boolean isEmpty() {
        return acks.isEmpty();
    }

    @Override
    public void commit() {
        for (Channel channel : touched) {
            try {
                channel.messages().flush();
            } catch (StoreException e) {
                failedFlushes.put(channel, e.getMessage());
            }
            channel.staged(false);
            lifecycle.stored(channel, lastTimestamps.get(channel));
            dispatcher.deliverAll(channel);
            try {
                channel.subscriptionLog().flush();
            } catch (StoreException e) {
                log.error("Channel {}: cannot flush subscriptions: {}", GoQuote.quote(channel.name()), e.getMessage());
            }
        }
        for (Ack ack : acks) {
            String error = ack.error;
            if (error == null && !failedFlushes.isEmpty()) {
                error = failedFlushes.get(ack.channel);
            }
            if (ack.replyTo != null) {
                transport.publish(ack.replyTo, null, Replies.pubAck(ack.guid, error == null ? "" : error));
            }
        }
        acks.clear();
        touched.clear();
        failedFlushes.clear();
        lastTimestamps.clear();
    }

    private static void warnDropping(Channel channel, MessageLog messages) {
        ChannelLimits limits = channel.limits();
        log.warn("Reached limits for store {} (msgs={}/{} bytes={}/{}), dropping old messages to make room for new ones",
                GoQuote.quote(channel.name()), messages.count(), limits.maxMsgs(),
                GoFormat.bytes(messages.bytes()), GoFormat.bytes(limits.maxBytes()));
    }
}
