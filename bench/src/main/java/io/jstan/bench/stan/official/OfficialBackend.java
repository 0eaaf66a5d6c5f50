package io.jstan.bench.stan.official;

import io.jstan.bench.stan.client.ConnectionLostListener;
import io.jstan.bench.stan.client.NatsConnector;
import io.jstan.bench.stan.client.StanBackend;
import io.jstan.bench.stan.client.StanClient;
import io.nats.client.Connection;
import io.nats.streaming.NatsStreaming;
import io.nats.streaming.Options;
import io.nats.streaming.StreamingConnection;

/** Streaming clients of the official Java client, each on a NATS connection of ours (for auth and counters). */
public final class OfficialBackend implements StanBackend {

    private final NatsConnector connector;
    private final String clusterId;
    private final int maxPubAcksInFlight;

    public OfficialBackend(NatsConnector connector, String clusterId, int maxPubAcksInFlight) {
        this.connector = connector;
        this.clusterId = clusterId;
        this.maxPubAcksInFlight = maxPubAcksInFlight;
    }

    @Override
    public StanClient connect(String clientId, ConnectionLostListener onLost) throws Exception {
        Connection nats = connector.connect(clientId);
        try {
            Options options = new Options.Builder()
                    .natsConn(nats)
                    .maxPubAcksInFlight(maxPubAcksInFlight)
                    .connectionLostHandler((connection, reason) -> onLost.onLost(clientId, reason))
                    .build();
            StreamingConnection streaming = NatsStreaming.connect(clusterId, clientId, options);
            return new OfficialClient(nats, streaming);
        } catch (Exception e) {
            nats.close();
            throw e;
        }
    }
}
