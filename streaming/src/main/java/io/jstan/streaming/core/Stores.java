package io.jstan.streaming.core;

import io.jstan.store.Store;
import io.jstan.store.file.FileStore;
import io.jstan.store.memory.MemoryStore;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.limits.ChannelLimitsResolver;

import java.nio.file.Path;
import java.util.Locale;

/** Creates the store the options name; nothing is read or locked until it recovers. */
public final class Stores {

    private Stores() {
    }

    public static Store create(StreamingOptions options, ChannelLimitsResolver limits) {
        String type = options.storeType.toUpperCase(Locale.ROOT);
        switch (type) {
            case "MEMORY":
                return new MemoryStore();
            case "FILE":
                if (options.dataDirectory == null || options.dataDirectory.isEmpty()) {
                    throw new IllegalArgumentException("for FILE stores, root directory must be specified");
                }
                FileStore store = new FileStore(Path.of(options.dataDirectory), options.fileStore);
                // Recovered channels take the limits configured now, as upstream applies them at start.
                store.limitsAtRecovery(limits::resolve);
                return store;
            default:
                throw new IllegalArgumentException("unsupported store type: " + type);
        }
    }
}
