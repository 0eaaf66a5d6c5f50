package io.jstan.bench.stan.client;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;

/** Opens the NATS connection under each streaming client, with the benchmark's server and auth flags. */
public record NatsConnector(String servers, String user, String password, String credsFile, boolean tls) {

    public Connection connect(String name) throws IOException, InterruptedException {
        Options.Builder builder = Options.builder()
                .servers(servers.split(","))
                .connectionName(name)
                .noReconnect()
                .connectionTimeout(Duration.ofSeconds(5))
                // Large enough that a publisher bounded by MaxPubAcksInFlight never fills it.
                .maxMessagesInOutgoingQueue(1 << 17);
        if (!user.isEmpty() && !password.isEmpty()) {
            builder.userInfo(user, password);
        }
        if (!credsFile.isEmpty()) {
            builder.authHandler(Nats.credentials(credsFile));
        }
        if (tls) {
            try {
                builder.secure();
            } catch (NoSuchAlgorithmException e) {
                throw new IOException("TLS is not available: " + e.getMessage(), e);
            }
        }
        return Nats.connect(builder.build());
    }
}
