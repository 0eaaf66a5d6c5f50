package io.jstan.nats.protocol;

/** Why a connection was closed, with the text shown by {@code /connz?state=closed}. */
public enum CloseReason {
    CLIENT_CLOSED("Client Closed"),
    AUTHENTICATION_TIMEOUT("Authentication Timeout"),
    AUTHENTICATION_VIOLATION("Authentication Failure"),
    TLS_HANDSHAKE_ERROR("TLS Handshake Failure"),
    SLOW_CONSUMER_PENDING_BYTES("Slow Consumer (Pending Bytes)"),
    SLOW_CONSUMER_WRITE_DEADLINE("Slow Consumer (Write Deadline)"),
    WRITE_ERROR("Write Error"),
    READ_ERROR("Read Error"),
    PARSE_ERROR("Parse Error"),
    STALE_CONNECTION("Stale Connection"),
    PROTOCOL_VIOLATION("Protocol Violation"),
    BAD_CLIENT_PROTOCOL_VERSION("Bad Client Protocol Version"),
    MAX_CONNECTIONS_EXCEEDED("Maximum Connections Exceeded"),
    MAX_PAYLOAD_EXCEEDED("Maximum Message Payload Exceeded"),
    MAX_CONTROL_LINE_EXCEEDED("Maximum Control Line Exceeded"),
    SERVER_SHUTDOWN("Server Shutdown"),
    NO_RESPONDERS_REQUIRES_HEADERS("No Responders Requires Headers");

    private final String text;

    CloseReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
