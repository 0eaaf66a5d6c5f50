package io.jstan.store.memory;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.MessageLog;
import io.jstan.store.SubscriptionLog;

/** A channel of the memory store; its logs are used by the channel's owner thread only. */
record MemoryChannelStore(String name, ChannelLimits limits, MessageLog messages, SubscriptionLog subscriptions)
        implements ChannelStore {

    MemoryChannelStore(String name, ChannelLimits limits) {
        this(name, limits, new MemoryMessageLog(limits), new MemorySubscriptionLog());
    }
}
