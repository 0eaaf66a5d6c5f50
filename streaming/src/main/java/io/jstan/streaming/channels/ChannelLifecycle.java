package io.jstan.streaming.channels;

import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.limits.GoFormat;
import io.jstan.streaming.protocol.GoQuote;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers of channel limits, on the channel's worker: max age removes old messages, max
 * inactivity deletes a channel that has had no active subscription and no new message for that
 * long (offline durables and shadows do not keep it alive).
 */
public final class ChannelLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelLifecycle.class);

    private final ChannelRegistry registry;
    private final Store store;
    private final Scheduler scheduler;
    private final boolean debug;

    public ChannelLifecycle(ChannelRegistry registry, Store store, Scheduler scheduler, boolean debug) {
        this.registry = registry;
        this.store = store;
        this.scheduler = scheduler;
        this.debug = debug;
        registry.lifecycle(this);
    }

    void created(Channel channel) {
        long max = channel.limits().maxInactivityNanos();
        if (max > 0) {
            armInactivity(channel, max);
        }
    }

    /** A recovered channel: its timers start again and what aged while the server was down goes. */
    void recovered(Channel channel) {
        created(channel);
        if (channel.limits().maxAgeNanos() > 0) {
            expire(channel);
        }
    }

    /** A batch stored messages up to {@code timestamp}. */
    void stored(Channel channel, long timestamp) {
        channel.lastActivity = timestamp;
        armAge(channel);
    }

    /** Subscriptions came or went: inactivity counts only while none is active. */
    public void subscriptionsChanged(Channel channel) {
        long max = channel.limits().maxInactivityNanos();
        if (max <= 0) {
            return;
        }
        if (channel.subscriptions().activeCount() > 0) {
            channel.inactivityTimer = Timer.cancel(channel.inactivityTimer);
        } else if (channel.inactivityTimer == null) {
            channel.lastActivity = scheduler.nowNanos();
            armInactivity(channel, max);
        }
    }

    private void armInactivity(Channel channel, long delay) {
        if (debug) {
            log.debug("Channel {} delete timer set to fire in {}", GoQuote.quote(channel.name()),
                    GoFormat.duration(delay));
        }
        channel.inactivityTimer = scheduler.schedule(channel.worker(), delay, () -> inactive(channel));
    }

    private void inactive(Channel channel) {
        channel.inactivityTimer = null;
        if (channel.subscriptions().activeCount() > 0) {
            return;
        }
        long max = channel.limits().maxInactivityNanos();
        long idle = scheduler.nowNanos() - channel.lastActivity;
        if (idle < max) {
            armInactivity(channel, max - idle);
            return;
        }
        try {
            store.deleteChannel(channel.name());
        } catch (StoreException e) {
            log.error("Error deleting channel {}: {}", GoQuote.quote(channel.name()), e.getMessage());
            armInactivity(channel, max);
            return;
        }
        channel.ageTimer = Timer.cancel(channel.ageTimer);
        registry.remove(channel);
        log.info("Channel {} has been deleted", GoQuote.quote(channel.name()));
    }

    private void armAge(Channel channel) {
        long maxAge = channel.limits().maxAgeNanos();
        if (maxAge <= 0 || channel.ageTimer != null || channel.messages().count() == 0) {
            return;
        }
        long first;
        try {
            first = channel.messages().firstTimestamp();
        } catch (StoreException e) {
            log.error("Channel {}: cannot read the first message: {}", GoQuote.quote(channel.name()), e.getMessage());
            return;
        }
        long delay = Math.max(0, first + maxAge - scheduler.nowNanos());
        channel.ageTimer = scheduler.schedule(channel.worker(), delay, () -> expire(channel));
    }

    private void expire(Channel channel) {
        channel.ageTimer = null;
        if (registry.get(channel.name()) != channel) {
            return;
        }
        try {
            // A message expires once its age reaches max age (upstream removes at elapsed >= max age).
            channel.messages().removeOlderThan(scheduler.nowNanos() - channel.limits().maxAgeNanos() + 1);
        } catch (StoreException e) {
            log.error("Channel {}: cannot remove expired messages: {}", GoQuote.quote(channel.name()), e.getMessage());
        }
        armAge(channel);
    }
}
