package io.jstan.streaming.clients;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.protocol.Protocol.ConnectRequest;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Connect requests, on the control worker. A request for an id already registered probes the
 * old registration's heartbeat inbox (one probe per id at a time): an answer refuses the new
 * connection, silence replaces the old one.
 */
public final class ConnectHandler {

    private static final Logger log = LoggerFactory.getLogger(ConnectHandler.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);
    private static final int SERVER_PROTOCOL = 1;

    private final NatsTransport transport;
    private final Worker control;
    private final Store store;
    private final ClientRegistry registry;
    private final ClientCloser closer;
    private final HeartbeatMonitor heartbeats;
    private final ServerSubjects subjects;
    private final boolean debug;
    private final Set<String> probing = new HashSet<>();

    public ConnectHandler(NatsTransport transport, Worker control, Store store, ClientRegistry registry,
                          ClientCloser closer, HeartbeatMonitor heartbeats, ServerSubjects subjects, boolean debug) {
        this.transport = transport;
        this.control = control;
        this.store = store;
        this.registry = registry;
        this.closer = closer;
        this.heartbeats = heartbeats;
        this.subjects = subjects;
        this.debug = debug;
    }

    public void handle(String replyTo, byte[] data) {
        ConnectRequest request;
        try {
            request = ConnectRequest.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            reply(replyTo, ServerErrors.INVALID_CONNECTION_REQUEST);
            return;
        }
        if (request.getHeartbeatInbox().isEmpty()) {
            reply(replyTo, ServerErrors.INVALID_CONNECTION_REQUEST);
            return;
        }
        String id = request.getClientID();
        if (!ClientIds.isValid(id)) {
            log.error("[Client:{}] Invalid ClientID, only alphanumeric and `-` or `_` characters allowed", id);
            reply(replyTo, ServerErrors.INVALID_CLIENT_ID);
            return;
        }
        Client existing = registry.byId(id);
        if (existing == null) {
            register(request, replyTo, false);
        } else if (!probing.add(id)) {
            reply(replyTo, ServerErrors.CLIENT_ID_REGISTERED);
        } else {
            transport.request(existing.heartbeatInbox(), Replies.EMPTY, PROBE_TIMEOUT)
                    .whenComplete((r, error) -> control.execute(() -> probed(request, replyTo, existing, error == null)));
        }
    }

    private void probed(ConnectRequest request, String replyTo, Client existing, boolean alive) {
        probing.remove(existing.id());
        if (alive) {
            reply(replyTo, ServerErrors.CLIENT_ID_REGISTERED);
            return;
        }
        closer.close(existing, () -> { });
        if (registry.byId(existing.id()) != null) {
            // Someone else took the id while the probe ran.
            reply(replyTo, ServerErrors.CLIENT_ID_REGISTERED);
            return;
        }
        register(request, replyTo, true);
    }

    private void register(ConnectRequest request, String replyTo, boolean replaced) {
        Client client = new Client(request.getClientID(), request.getHeartbeatInbox(), request.getConnID(),
                request.getProtocol(), request.getPingInterval(), request.getPingMaxOut());
        try {
            store.addClient(client.record());
        } catch (StoreException e) {
            reply(replyTo, e.getMessage());
            return;
        }
        registry.register(client);
        heartbeats.start(client);
        if (debug) {
            log.debug(replaced ? "[Client:{}] Replaced old client (Inbox={})" : "[Client:{}] Connected (Inbox={})",
                    client.id(), client.heartbeatInbox());
        }
        ConnectResponse.Builder response = ConnectResponse.newBuilder()
                .setPubPrefix(subjects.publishPrefix())
                .setSubRequests(subjects.subscribe())
                .setUnsubRequests(subjects.unsubscribe())
                .setSubCloseRequests(subjects.subscriptionClose())
                .setCloseRequests(subjects.close())
                .setProtocol(SERVER_PROTOCOL);
        if (request.getProtocol() >= 1) {
            response.setPingRequests(subjects.pings())
                    .setPingInterval(request.getPingInterval())
                    .setPingMaxOut(request.getPingMaxOut());
        }
        send(replyTo, response.build().toByteArray());
    }

    private void reply(String replyTo, String error) {
        send(replyTo, Replies.connectError(error));
    }

    private void send(String replyTo, byte[] data) {
        if (replyTo != null) {
            transport.publish(replyTo, null, data);
        }
    }
}
