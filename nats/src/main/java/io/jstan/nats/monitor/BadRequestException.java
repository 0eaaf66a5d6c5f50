package io.jstan.nats.monitor;

/** A query parameter the endpoint cannot use; its message is the plain-text body of the 400 reply. */
final class BadRequestException extends Exception {

    BadRequestException(String message) {
        super(message, null, false, false);
    }
}
