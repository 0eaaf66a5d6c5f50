package io.jstan.nats.server;

import io.jstan.nats.NatsServerOptions;
import io.jstan.nats.auth.Authenticator;
import io.netty.handler.ssl.SslContext;

import java.time.Instant;

/** What every connection of one server shares: options, routing, counters and identity. */
public final class ServerContext {

    private final NatsServerOptions options;
    private final ServerStats stats = new ServerStats();
    private final Router router = new Router(stats);
    private final ConnectionRegistry connections;
    private final Authenticator authenticator;
    private final SslContext sslContext;
    private final String serverId = ServerIdentity.newServerId();
    private final Instant start = Instant.now();
    private volatile ServerInfo info;

    public ServerContext(NatsServerOptions options, SslContext sslContext) {
        this.options = options;
        this.sslContext = sslContext;
        this.connections = new ConnectionRegistry(options.maxClosedClients);
        this.authenticator = new Authenticator(options);
        this.info = new ServerInfo(serverId, options, options.port);
    }

    /** Records the port actually bound, which INFO and monitoring report. */
    public void boundPort(int port) {
        info = new ServerInfo(serverId, options, port);
    }

    public NatsServerOptions options() {
        return options;
    }

    public ServerStats stats() {
        return stats;
    }

    public Router router() {
        return router;
    }

    public ConnectionRegistry connections() {
        return connections;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public SslContext sslContext() {
        return sslContext;
    }

    public ServerInfo info() {
        return info;
    }

    public Instant start() {
        return start;
    }
}
