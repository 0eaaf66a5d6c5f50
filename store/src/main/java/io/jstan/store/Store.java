package io.jstan.store;

import java.util.List;

/**
 * Everything a streaming server keeps: server information, clients, channels with their
 * messages and subscriptions. Store-level methods may be called from any thread; a
 * {@link ChannelStore} is used by its channel's owner thread only.
 */
public interface Store extends AutoCloseable {

    /** The store type as upstream names it: {@code MEMORY}, {@code FILE}, {@code SQL}. */
    String type();

    /**
     * Reads what a previous run left. Called once, before anything else; returns an empty
     * state (null server info) for a new store.
     */
    RecoveredState recover() throws StoreException;

    /** Records the server information; written at first start and when it changes. */
    void saveServerInfo(ServerInfo info) throws StoreException;

    /** Creates a channel; the name is new to this store. */
    ChannelStore createChannel(String name, ChannelLimits limits) throws StoreException;

    /** Removes a channel with its messages and subscriptions; it does not come back after a restart. */
    void deleteChannel(String name) throws StoreException;

    void addClient(ClientRecord client) throws StoreException;

    void deleteClient(String clientId) throws StoreException;

    @Override
    void close() throws StoreException;

    /** The state found at start. */
    record RecoveredState(ServerInfo serverInfo, List<ClientRecord> clients, List<RecoveredChannel> channels) {

        public static RecoveredState empty() {
            return new RecoveredState(null, List.of(), List.of());
        }
    }

    /** A recovered channel with its live subscription records. */
    record RecoveredChannel(String name, ChannelStore store, List<RecoveredSubscription> subscriptions) {
    }

    /**
     * A recovered subscription. {@code record.lastSent()} is already the maximum of the stored
     * value and every sequence ever added as pending; {@code pending} holds the sequences sent
     * and not acknowledged, ascending.
     */
    record RecoveredSubscription(SubscriptionRecord record, long[] pending) {
    }
}
