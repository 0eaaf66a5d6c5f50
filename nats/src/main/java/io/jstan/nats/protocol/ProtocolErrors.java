package io.jstan.nats.protocol;

/** The client-visible {@code -ERR} texts, byte for byte as the Go server sends them. */
public final class ProtocolErrors {

    public static final String UNKNOWN_OPERATION = "Unknown Protocol Operation";
    public static final String AUTHORIZATION_VIOLATION = "Authorization Violation";
    public static final String AUTHENTICATION_TIMEOUT = "Authentication Timeout";
    public static final String MAX_PAYLOAD = "Maximum Payload Violation";
    public static final String MAX_CONTROL_LINE = "maximum control line exceeded";
    public static final String MAX_CONNECTIONS = "maximum connections exceeded";
    public static final String INVALID_CLIENT_PROTOCOL = "invalid client protocol";
    public static final String NO_RESPONDERS_REQUIRES_HEADERS = "no responders requires headers support";
    public static final String STALE_CONNECTION = "Stale Connection";
    public static final String INVALID_SUBJECT = "Invalid Subject";
    public static final String INVALID_PUBLISH_SUBJECT = "Invalid Publish Subject";
    public static final String MAX_SUBSCRIPTIONS = "maximum subscriptions exceeded";

    private ProtocolErrors() {
    }
}
