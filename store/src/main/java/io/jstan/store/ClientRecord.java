package io.jstan.store;

/** A registered client as it is persisted. {@code connectionId} is empty for protocol 0. */
public record ClientRecord(
        String clientId,
        String heartbeatInbox,
        byte[] connectionId,
        int protocol,
        int pingInterval,
        int pingMaxOut) {
}
