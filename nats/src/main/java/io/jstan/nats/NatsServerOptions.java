package io.jstan.nats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of the embedded NATS server, each with the upstream default beside its name.
 * Mutable on purpose: the command line and (later) the config file fill one instance.
 */
public final class NatsServerOptions {

    /** A user of the {@code users} list. */
    public record User(String username, String password) {}

    public String host = "0.0.0.0";
    /** Client port; 0 picks a free port, as upstream's -1 does. */
    public int port = 4222;
    /** Monitoring HTTP port; 0 = off, -1 = pick a free port. */
    public int httpPort = 0;
    public String httpHost = null; // null: same as host

    public String serverName = null; // null: the server id
    /** File the process id is written to at start; null = none. */
    public String pidFile = null;
    public int maxPayload = 1024 * 1024;
    public int maxControlLine = 4096;
    public int maxConnections = 65536;
    public long maxPending = 64L * 1024 * 1024;
    /** Per connection; 0 = unlimited. */
    public int maxSubscriptions = 0;
    public Duration pingInterval = Duration.ofMinutes(2);
    public int pingMax = 2;
    public Duration writeDeadline = Duration.ofSeconds(10);
    /** null: 2 s, or the TLS timeout plus 1 s when TLS is on. */
    public Duration authTimeout = null;
    public int maxClosedClients = 10000;

    // Authorization: one user, a token, or a users list.
    public String username = null;
    public String password = null;
    public String token = null;
    public List<User> users = new ArrayList<>();

    // TLS
    public boolean tls = false;
    public String tlsCert = null;
    public String tlsKey = null;
    public String tlsCaCert = null;
    public boolean tlsVerify = false;
    public Duration tlsTimeout = Duration.ofSeconds(2);

    public boolean authRequired() {
        return username != null || token != null || !users.isEmpty();
    }

    public Duration effectiveAuthTimeout() {
        if (authTimeout != null) {
            return authTimeout;
        }
        return tls ? tlsTimeout.plusSeconds(1) : Duration.ofSeconds(2);
    }
}
