package io.jstan.streaming.transport;

/** A request reached nobody: the NATS server answered with the no-responders status. */
public final class NoRespondersException extends RuntimeException {

    public NoRespondersException(String subject) {
        super("no responders on " + subject, null, false, false);
    }
}
