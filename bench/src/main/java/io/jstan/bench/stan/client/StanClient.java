package io.jstan.bench.stan.client;

/** One streaming client connection, as the load generator drives it. */
public interface StanClient extends AutoCloseable {

    /** Publishes without waiting for the PubAck; blocks while MaxPubAcksInFlight acks are outstanding. */
    void publishAsync(String channel, byte[] data, AckListener listener) throws Exception;

    /** Publishes and waits for the PubAck; returns the publish-to-PubAck time in nanoseconds. */
    long publish(String channel, byte[] data) throws Exception;

    /** Subscribes (auto-acking every message), from the oldest stored message or from new ones only. */
    StanSubscription subscribe(String channel, String queueGroup, boolean fromOldest, MessageListener listener)
            throws Exception;

    /** Messages and bytes this connection sent and received at the NATS level. */
    NatsCounts natsCounts();

    /** Sends the streaming close request, then closes the NATS connection. */
    @Override
    void close() throws Exception;
}
