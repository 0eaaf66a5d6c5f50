package io.jstan.streaming.clients;

import com.google.protobuf.ByteString;
import io.jstan.store.ClientRecord;
import io.jstan.streaming.time.Timer;

/**
 * A registered client. Its identity is immutable; heartbeat bookkeeping belongs to the control
 * worker, and channel workers only read the failed-heartbeats flag.
 */
public final class Client {

    private final String id;
    private final String heartbeatInbox;
    private final ByteString connectionId;
    private final int protocol;
    private final int pingInterval;
    private final int pingMaxOut;

    // Control worker only.
    int heartbeatFailures;
    Timer heartbeatTimer;
    boolean heartbeatInFlight;
    // Written by the control worker, read by channel workers to skip this client's subscriptions.
    private volatile boolean failedHeartbeats;

    public Client(String id, String heartbeatInbox, ByteString connectionId, int protocol, int pingInterval,
                  int pingMaxOut) {
        this.id = id;
        this.heartbeatInbox = heartbeatInbox;
        this.connectionId = connectionId;
        this.protocol = protocol;
        this.pingInterval = pingInterval;
        this.pingMaxOut = pingMaxOut;
    }

    public String id() {
        return id;
    }

    public String heartbeatInbox() {
        return heartbeatInbox;
    }

    /** Empty for protocol 0 clients. */
    public ByteString connectionId() {
        return connectionId;
    }

    public boolean hasFailedHeartbeats() {
        return failedHeartbeats;
    }

    void failedHeartbeats(boolean failed) {
        failedHeartbeats = failed;
    }

    ClientRecord record() {
        return new ClientRecord(id, heartbeatInbox, connectionId.toByteArray(), protocol, pingInterval, pingMaxOut);
    }
}
