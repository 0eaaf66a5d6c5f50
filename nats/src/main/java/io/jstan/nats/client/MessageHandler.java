package io.jstan.nats.client;

/**
 * Receives the messages of an in-process subscription. It is called on the publisher's thread
 * (often a network event loop), so it must return quickly and never block.
 */
@FunctionalInterface
public interface MessageHandler {
    void onMessage(Message message);
}
