package io.jstan.nats.client;

import io.jstan.nats.server.Subscription;

/** A subscription made through an {@link InProcessConnection}. */
public final class InProcessSubscription {

    private final InProcessConnection connection;
    final Subscription subscription;
    final MessageHandler handler;

    InProcessSubscription(InProcessConnection connection, Subscription subscription, MessageHandler handler) {
        this.connection = connection;
        this.subscription = subscription;
        this.handler = handler;
    }

    public String subject() {
        return subscription.subject();
    }

    public String queue() {
        return subscription.queue();
    }

    /** Removes the subscription now. */
    public void unsubscribe() {
        connection.unsubscribe(this, 0);
    }

    /** Removes the subscription once it has received {@code max} messages in all. */
    public void unsubscribeAfter(long max) {
        connection.unsubscribe(this, max);
    }
}
