package io.jstan.streaming.subscriptions;

import io.jstan.store.StoreException;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.channels.ChannelLifecycle;
import io.jstan.streaming.channels.ChannelRegistry;
import io.jstan.streaming.protocol.Protocol.UnsubscribeRequest;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.transport.NatsTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unsubscribe and subscription close requests, on the channel's worker, hence after every
 * publish and ack that reached that worker before them.
 */
public final class UnsubscribeHandler {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeHandler.class);

    private final NatsTransport transport;
    private final ChannelRegistry channels;
    private final ChannelLifecycle lifecycle;
    private final SubscriptionRemoval removal;
    private final boolean debug;

    public UnsubscribeHandler(NatsTransport transport, ChannelRegistry channels, ChannelLifecycle lifecycle,
                              SubscriptionRemoval removal, boolean debug) {
        this.transport = transport;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.removal = removal;
        this.debug = debug;
    }

    public void handle(String replyTo, UnsubscribeRequest request, boolean unsubscribe) {
        Channel channel = channels.get(request.getSubject());
        if (channel == null) {
            reply(replyTo, ServerErrors.UNKNOWN_CHANNEL);
            return;
        }
        Subscription sub = channel.subscriptions().online(request.getInbox());
        if (sub == null) {
            reply(replyTo, ServerErrors.INVALID_SUBSCRIPTION);
            return;
        }
        if (!sub.clientId().equals(request.getClientID())) {
            reply(replyTo, ServerErrors.UNKNOWN_CLIENT_ID);
            return;
        }
        removal.remove(sub, unsubscribe);
        try {
            channel.subscriptionLog().flush();
        } catch (StoreException e) {
            reply(replyTo, e.getMessage());
            return;
        }
        lifecycle.subscriptionsChanged(channel);
        if (debug) {
            log.debug("[Client:{}] {} subject={}, subid={}", sub.clientId(),
                    unsubscribe ? "Unsubscribed" : "Closed subscription", channel.name(), sub.id());
        }
        reply(replyTo, "");
    }

    private void reply(String replyTo, String error) {
        if (replyTo != null) {
            transport.publish(replyTo, null, Replies.subscriptionError(error));
        }
    }
}
