package io.jstan.bench.stan.client;

/** Told of each delivered message (after it has been acknowledged). */
@FunctionalInterface
public interface MessageListener {

    /** {@code publishNanos} is the publisher's stamp from the payload, or -1 when it carries none. */
    void onMessage(long publishNanos);
}
