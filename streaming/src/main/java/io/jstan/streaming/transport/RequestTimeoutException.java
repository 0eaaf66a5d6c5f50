package io.jstan.streaming.transport;

/** A request got no reply in time. */
public final class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(String subject) {
        super("request timeout on " + subject, null, false, false);
    }
}
