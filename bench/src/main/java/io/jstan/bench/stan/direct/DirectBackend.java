package io.jstan.bench.stan.direct;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.jstan.bench.stan.client.ConnectionLostListener;
import io.jstan.bench.stan.client.NatsConnector;
import io.jstan.bench.stan.client.StanBackend;
import io.jstan.bench.stan.client.StanClient;
import io.nats.client.Connection;

/** Streaming clients that speak the protocol directly on current jnats, so the generator is not the bottleneck. */
public final class DirectBackend implements StanBackend {

    private final NatsConnector connector;
    private final DirectSettings settings;
    /** One timer thread pings for every client of the run. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stan-bench-pings");
        thread.setDaemon(true);
        return thread;
    });

    public DirectBackend(NatsConnector connector, DirectSettings settings) {
        this.connector = connector;
        this.settings = settings;
    }

    @Override
    public StanClient connect(String clientId, ConnectionLostListener onLost) throws Exception {
        Connection nats = connector.connect(clientId);
        try {
            return DirectClient.connect(nats, settings, clientId, onLost, timer);
        } catch (Exception e) {
            nats.close();
            throw e;
        }
    }
}
