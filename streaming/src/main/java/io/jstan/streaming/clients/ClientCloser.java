package io.jstan.streaming.clients;

import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.time.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a registration: on a close request, on replacement by a new connection with the same
 * id, and on heartbeat timeout. Runs on the control worker.
 */
public final class ClientCloser {

    private static final Logger log = LoggerFactory.getLogger(ClientCloser.class);

    private final ClientRegistry registry;
    private final Store store;
    private final SubscriptionsOfClient subscriptions;
    private final boolean debug;

    public ClientCloser(ClientRegistry registry, Store store, SubscriptionsOfClient subscriptions, boolean debug) {
        this.registry = registry;
        this.store = store;
        this.subscriptions = subscriptions;
        this.debug = debug;
    }

    /**
     * Unregisters first, so a reconnect with the same id can proceed, then removes the client's
     * subscriptions; {@code whenDone} runs after every channel has done so.
     */
    public void close(Client client, Runnable whenDone) {
        if (!registry.unregister(client)) {
            whenDone.run();
            return;
        }
        client.heartbeatTimer = Timer.cancel(client.heartbeatTimer);
        try {
            store.deleteClient(client.id());
        } catch (StoreException e) {
            log.error("[Client:{}] Error deleting client from store: {}", client.id(), e.getMessage());
        }
        if (debug) {
            log.debug("[Client:{}] Closed (Inbox={})", client.id(), client.heartbeatInbox());
        }
        subscriptions.removeAll(client, whenDone);
    }
}
