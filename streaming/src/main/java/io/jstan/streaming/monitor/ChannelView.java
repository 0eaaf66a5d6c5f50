package io.jstan.streaming.monitor;

import java.util.List;

/** A channel's state as {@code /streaming/channelsz} shows it, subscriptions in creation order. */
public record ChannelView(String name, long msgs, long bytes, long firstSeq, long lastSeq,
                          List<SubscriptionView> subscriptions) {
}
