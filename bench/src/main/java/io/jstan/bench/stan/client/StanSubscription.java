package io.jstan.bench.stan.client;

/** A live subscription; closing it keeps nothing on the server (the benchmark uses no durables). */
public interface StanSubscription {

    void close() throws Exception;
}
