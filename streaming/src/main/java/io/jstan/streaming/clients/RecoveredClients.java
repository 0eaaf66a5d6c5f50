package io.jstan.streaming.clients;

import com.google.protobuf.ByteString;
import io.jstan.store.ClientRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the clients a previous run left, by id and connection id, each with its heartbeat
 * timer: one that does not answer is closed after the fail count, as any other client. Runs
 * before the core starts, so no owner thread runs yet.
 */
public final class RecoveredClients {

    private RecoveredClients() {
    }

    /** The registered clients by id. */
    public static Map<String, Client> register(List<ClientRecord> records, ClientRegistry registry,
                                               HeartbeatMonitor heartbeats) {
        Map<String, Client> byId = new HashMap<>();
        for (ClientRecord r : records) {
            Client client = new Client(r.clientId(), r.heartbeatInbox(), ByteString.copyFrom(r.connectionId()),
                    r.protocol(), r.pingInterval(), r.pingMaxOut());
            registry.register(client);
            heartbeats.start(client);
            byId.put(client.id(), client);
        }
        return byId;
    }
}
