package io.jstan.store.memory;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.ClientRecord;
import io.jstan.store.ServerInfo;
import io.jstan.store.Store;
import io.jstan.store.StoreException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code MEMORY} store: channels keep their messages in process memory and nothing
 * survives a restart, so a server on it always starts fresh. Its methods may be called from
 * any thread; each channel's logs belong to that channel's owner thread.
 */
public final class MemoryStore implements Store {

    private final Map<String, ChannelStore> channels = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "MEMORY";
    }

    @Override
    public RecoveredState recover() {
        return RecoveredState.empty();
    }

    @Override
    public void saveServerInfo(ServerInfo info) {
        // Only a recovery would read it back, and nothing is recovered.
    }

    @Override
    public ChannelStore createChannel(String name, ChannelLimits limits) throws StoreException {
        ChannelStore channel = new MemoryChannelStore(name, limits);
        if (channels.putIfAbsent(name, channel) != null) {
            throw new StoreException("channel " + name + " already exists");
        }
        return channel;
    }

    @Override
    public void deleteChannel(String name) {
        channels.remove(name);
    }

    @Override
    public void addClient(ClientRecord client) {
        // The streaming core keeps the registered clients; only a recovery would need them here.
    }

    @Override
    public void deleteClient(String clientId) {
        // See addClient.
    }

    @Override
    public void close() {
        channels.clear();
    }
}
