package io.jstan.streaming.channels;

import io.jstan.store.ChannelStore;
import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.limits.ChannelLimitsResolver;
import io.jstan.streaming.protocol.GoQuote;
import io.jstan.streaming.protocol.MsgProtos;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.time.Clock;
import io.jstan.streaming.workers.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All channels by name. Lookups from any thread; creation and deletion run on the channel's
 * worker and are serialised here, the only place channels of different workers meet (the
 * channel count and the case-conflict rule).
 */
public final class ChannelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ChannelRegistry.class);

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final Map<String, String> byLowerCase = new HashMap<>();
    private final Store store;
    private final ChannelLimitsResolver limits;
    private final WorkerPool workers;
    private final Clock clock;
    private ChannelLifecycle lifecycle;

    public ChannelRegistry(Store store, ChannelLimitsResolver limits, WorkerPool workers, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.workers = workers;
        this.clock = clock;
    }

    void lifecycle(ChannelLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Channel get(String name) {
        return channels.get(name);
    }

    public List<Channel> all() {
        return new ArrayList<>(channels.values());
    }

    /** The channel, created when new; call on the channel's worker. */
    public Channel lookupOrCreate(String name) throws ChannelException {
        Channel channel = channels.get(name);
        if (channel != null) {
            return channel;
        }
        synchronized (this) {
            String lower = name.toLowerCase(Locale.ROOT);
            String existing = byLowerCase.get(lower);
            if (existing != null) {
                throw new ChannelException(ServerErrors.channelCaseConflict(name, existing));
            }
            if (limits.maxChannels() > 0 && channels.size() >= limits.maxChannels()) {
                throw new ChannelException(ServerErrors.TOO_MANY_CHANNELS);
            }
            ChannelStore stored;
            try {
                stored = store.createChannel(name, limits.resolve(name));
            } catch (StoreException e) {
                throw new ChannelException(e.getMessage());
            }
            channel = new Channel(name, stored, workers.forChannel(name), clock.nowNanos());
            channels.put(name, channel);
            byLowerCase.put(lower, name);
        }
        log.info("Channel {} has been created", GoQuote.quote(name));
        lifecycle.created(channel);
        return channel;
    }

    /**
     * A channel the store recovered; called before the core starts. It keeps its stored
     * sequences, and new timestamps never go below its newest message's.
     */
    public synchronized Channel restore(ChannelStore stored) {
        Channel channel = new Channel(stored.name(), stored, workers.forChannel(stored.name()), clock.nowNanos());
        channel.nextTimestamp(lastTimestamp(stored));
        channels.put(channel.name(), channel);
        byLowerCase.put(channel.name().toLowerCase(Locale.ROOT), channel.name());
        lifecycle.recovered(channel);
        return channel;
    }

    private static long lastTimestamp(ChannelStore stored) {
        try {
            byte[] last = stored.messages().get(stored.messages().last());
            return last == null ? 0 : MsgProtos.timestampOf(last);
        } catch (StoreException e) {
            log.error("Channel {}: cannot read the last message: {}", GoQuote.quote(stored.name()), e.getMessage());
            return 0;
        }
    }

    /** Forgets a channel the store has deleted. */
    synchronized void remove(Channel channel) {
        if (channels.remove(channel.name(), channel)) {
            byLowerCase.remove(channel.name().toLowerCase(Locale.ROOT));
        }
    }
}
