package io.jstan.store;

/** The stored state of one channel, used by the channel's owner thread only. */
public interface ChannelStore {

    String name();

    ChannelLimits limits();

    MessageLog messages();

    SubscriptionLog subscriptions();
}
