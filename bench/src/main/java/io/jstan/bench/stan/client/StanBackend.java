package io.jstan.bench.stan.client;

/** Opens streaming client connections with one client implementation. */
public interface StanBackend {

    /** Connects with this client ID; {@code onLost} hears of a connection lost later. */
    StanClient connect(String clientId, ConnectionLostListener onLost) throws Exception;
}
