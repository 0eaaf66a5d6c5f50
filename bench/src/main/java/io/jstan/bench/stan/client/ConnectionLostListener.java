package io.jstan.bench.stan.client;

/** Told when a client finds its streaming connection gone (pings unanswered, replaced, NATS closed). */
@FunctionalInterface
public interface ConnectionLostListener {

    void onLost(String clientId, Throwable reason);
}
