package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import java.nio.file.Path;

/** A channel of the file store, kept in its own folder; its logs are used by the channel's owner thread only. */
record FileChannelStore(String name, ChannelLimits limits, Path directory, FileMessageLog messages,
        FileSubscriptionLog subscriptions) implements ChannelStore {
}
