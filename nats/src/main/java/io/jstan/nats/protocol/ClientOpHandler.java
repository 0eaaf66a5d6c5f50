package io.jstan.nats.protocol;

import io.netty.buffer.ByteBuf;

/** Receives the operations that {@link ClientProtocolDecoder} parses from a client. */
public interface ClientOpHandler {

    void onConnect(String json);

    /**
     * A PUB or HPUB. {@code message} holds headers and body and is valid only during the call;
     * {@code headerLength} is 0 for PUB.
     */
    void onPublish(String subject, String replyTo, int headerLength, ByteBuf message);

    void onSubscribe(String subject, String queue, String sid);

    /** {@code max} is -1 when the client gave none. */
    void onUnsubscribe(String sid, long max);

    void onPing();

    void onPong();

    /** A client may send INFO; upstream ignores it after checking it is JSON. */
    void onInfo(String json);

    /** Whether HPUB is allowed: the client negotiated headers in CONNECT. */
    boolean headersNegotiated();

    /** Whether the next operation must be CONNECT (authorization required, not yet connected). */
    boolean awaitingAuthorizedConnect();
}
