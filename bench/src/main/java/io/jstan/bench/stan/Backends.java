package io.jstan.bench.stan;

import io.jstan.bench.stan.client.NatsConnector;
import io.jstan.bench.stan.client.StanBackend;
import io.jstan.bench.stan.direct.DirectBackend;
import io.jstan.bench.stan.direct.DirectSettings;
import io.jstan.bench.stan.official.OfficialBackend;

/** Builds the client back-end the options name. */
public final class Backends {

    private Backends() {
    }

    public static StanBackend of(StanBenchOptions options) {
        NatsConnector connector = new NatsConnector(options.servers, options.user, options.password,
                options.credsFile, options.tls);
        return switch (options.client) {
            case DIRECT -> new DirectBackend(connector,
                    DirectSettings.defaults(options.clusterId, options.maxPubAcksInFlight));
            case OFFICIAL -> new OfficialBackend(connector, options.clusterId, options.maxPubAcksInFlight);
        };
    }
}
