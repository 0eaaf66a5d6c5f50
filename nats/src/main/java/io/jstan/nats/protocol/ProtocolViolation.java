package io.jstan.nats.protocol;

/**
 * A client broke the protocol badly enough to be disconnected. {@code errorText} is sent as
 * {@code -ERR} first; when it is null the connection closes silently, as upstream does for
 * argument errors.
 */
public final class ProtocolViolation extends RuntimeException {

    private final String errorText;
    private final CloseReason reason;

    public ProtocolViolation(String errorText, CloseReason reason) {
        this(errorText, errorText, reason);
    }

    private ProtocolViolation(String message, String errorText, CloseReason reason) {
        super(message, null, false, false);
        this.errorText = errorText;
        this.reason = reason;
    }

    /** A silent close after a malformed argument; {@code why} goes to the log only. */
    public static ProtocolViolation silent(String why) {
        return new ProtocolViolation(why, null, CloseReason.PARSE_ERROR);
    }

    public static ProtocolViolation unknownOperation() {
        return new ProtocolViolation(ProtocolErrors.UNKNOWN_OPERATION, CloseReason.PARSE_ERROR);
    }

    public String errorText() {
        return errorText;
    }

    public CloseReason reason() {
        return reason;
    }
}
