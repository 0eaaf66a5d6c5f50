package io.jstan.streaming.clients;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.protocol.Protocol.CloseRequest;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.transport.NatsTransport;

/**
 * Connection close requests, on the control worker. Authorised by client id alone, as upstream.
 * The response leaves once every channel has removed the client's subscriptions.
 */
public final class CloseHandler {

    private final NatsTransport transport;
    private final ClientRegistry registry;
    private final ClientCloser closer;

    public CloseHandler(NatsTransport transport, ClientRegistry registry, ClientCloser closer) {
        this.transport = transport;
        this.registry = registry;
        this.closer = closer;
    }

    public void handle(String replyTo, byte[] data) {
        CloseRequest request;
        try {
            request = CloseRequest.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            reply(replyTo, ServerErrors.INVALID_CLOSE_REQUEST);
            return;
        }
        Client client = registry.byId(request.getClientID());
        if (client == null) {
            reply(replyTo, ServerErrors.UNKNOWN_CLIENT_ID);
            return;
        }
        closer.close(client, () -> reply(replyTo, ""));
    }

    private void reply(String replyTo, String error) {
        if (replyTo != null) {
            transport.publish(replyTo, null, Replies.errorOnly(error));
        }
    }
}
