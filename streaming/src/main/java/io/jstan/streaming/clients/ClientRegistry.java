package io.jstan.streaming.clients;

import com.google.protobuf.ByteString;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered clients by client id and by connection id. Written by the control worker
 * only; read from any thread (publish validation and pings on network threads, subscriptions
 * on channel workers).
 */
public final class ClientRegistry {

    private final Map<String, Client> byId = new ConcurrentHashMap<>();
    private final Map<ByteString, Client> byConnectionId = new ConcurrentHashMap<>();

    public Client byId(String clientId) {
        return byId.get(clientId);
    }

    public Client byConnectionId(ByteString connectionId) {
        return byConnectionId.get(connectionId);
    }

    public Collection<Client> all() {
        return byId.values();
    }

    void register(Client client) {
        byId.put(client.id(), client);
        if (!client.connectionId().isEmpty()) {
            byConnectionId.put(client.connectionId(), client);
        }
    }

    /** Removes this very registration; returns false when it was no longer registered. */
    boolean unregister(Client client) {
        if (!byId.remove(client.id(), client)) {
            return false;
        }
        if (!client.connectionId().isEmpty()) {
            byConnectionId.remove(client.connectionId(), client);
        }
        return true;
    }
}
