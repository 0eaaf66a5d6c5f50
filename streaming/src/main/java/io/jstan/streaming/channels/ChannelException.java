package io.jstan.streaming.channels;

/** A channel could not be created; the message is the client-visible error text. */
public final class ChannelException extends Exception {

    public ChannelException(String message) {
        super(message, null, false, false);
    }
}
