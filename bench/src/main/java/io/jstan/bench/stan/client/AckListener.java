package io.jstan.bench.stan.client;

/** Told of each PubAck of an asynchronous publish. */
@FunctionalInterface
public interface AckListener {

    /** {@code error} is null on success; {@code latencyNanos} runs from the publish call to the PubAck. */
    void onAck(long latencyNanos, String error);
}
