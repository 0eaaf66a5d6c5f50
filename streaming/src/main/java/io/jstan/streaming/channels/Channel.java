package io.jstan.streaming.channels;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.MessageLog;
import io.jstan.store.SubscriptionLog;
import io.jstan.streaming.subscriptions.ChannelSubscriptions;
import io.jstan.streaming.time.Timer;
import io.jstan.streaming.workers.Worker;

import java.nio.charset.StandardCharsets;

/**
 * A channel: its message log, its subscriptions and its timers. Pinned to one worker, which
 * alone touches it; messages get their sequence and timestamp here.
 */
public final class Channel {

    private final String name;
    private final byte[] nameBytes;
    private final ChannelStore store;
    private final ChannelLimits limits;
    private final Worker worker;
    private final ChannelSubscriptions subscriptions = new ChannelSubscriptions();
    private long lastTimestamp;
    /** Appended messages not yet committed (flushed and delivered). */
    private boolean staged;
    private boolean dropWarned;
    long lastActivity;
    Timer ageTimer;
    Timer inactivityTimer;

    Channel(String name, ChannelStore store, Worker worker, long now) {
        this.name = name;
        this.nameBytes = name.getBytes(StandardCharsets.UTF_8);
        this.store = store;
        this.limits = store.limits();
        this.worker = worker;
        this.lastActivity = now;
    }

    public String name() {
        return name;
    }

    /** The name as UTF-8, as it goes in every stored message. */
    byte[] nameBytes() {
        return nameBytes;
    }

    public ChannelLimits limits() {
        return limits;
    }

    public MessageLog messages() {
        return store.messages();
    }

    public SubscriptionLog subscriptionLog() {
        return store.subscriptions();
    }

    public ChannelSubscriptions subscriptions() {
        return subscriptions;
    }

    public Worker worker() {
        return worker;
    }

    /** True while appended messages wait for the batch commit, which will deliver them. */
    public boolean hasStaged() {
        return staged;
    }

    void staged(boolean value) {
        staged = value;
    }

    /** A timestamp for a new message: the clock, or the previous one if the clock went back. */
    long nextTimestamp(long now) {
        lastTimestamp = Math.max(now, lastTimestamp);
        return lastTimestamp;
    }

    /** True the first time only: upstream warns once per channel about dropped messages. */
    boolean firstDrop() {
        boolean first = !dropWarned;
        dropWarned = true;
        return first;
    }
}
