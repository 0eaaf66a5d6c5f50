package io.jstan.server;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded NATS server's start-up and shutdown lines, with upstream's texts. They belong to
 * the NATS layer, so they are logged under {@link NatsServer}'s logger (no {@code STREAM:} prefix).
 */
final class NatsLifecycleLog {

    private static final Logger LOG = LoggerFactory.getLogger(NatsServer.class);

    private final NatsServerOptions options;

    NatsLifecycleLog(NatsServerOptions options) {
        this.options = options;
    }

    void starting() {
        LOG.info("Starting nats-server");
        LOG.info("  Version:  {}", ServerVersion.NATS);
        LOG.info("  Git:      [{}]", ServerVersion.GIT_COMMIT);
        if (hasPlaintextPassword()) {
            LOG.warn("Plaintext passwords detected, use nkeys or bcrypt");
        }
    }

    /** Logged once the ports are bound, with the ports actually bound (they may have been random). */
    void ready(NatsServer server) {
        if (server.httpPort() != 0) {
            String httpHost = options.httpHost != null ? options.httpHost : options.host;
            LOG.info("Starting http monitor on {}", hostPort(httpHost, server.httpPort()));
        }
        LOG.info("Listening for client connections on {}", hostPort(options.host, server.port()));
        if (options.tls) {
            LOG.info("TLS required for client connections");
        }
        LOG.info("Server is ready");
    }

    void shuttingDown() {
        LOG.info("Initiating Shutdown...");
    }

    void exited() {
        LOG.info("Server Exiting..");
    }

    /** As upstream, a password that is not a bcrypt hash draws a warning. */
    private boolean hasPlaintextPassword() {
        if (options.password != null && !isBcrypt(options.password)) {
            return true;
        }
        return options.users.stream().anyMatch(u -> u.password() != null && !isBcrypt(u.password()));
    }

    private static boolean isBcrypt(String password) {
        return password.startsWith("$2a$") || password.startsWith("$2b$")
                || password.startsWith("$2x$") || password.startsWith("$2y$");
    }

    /** Go's net.JoinHostPort: IPv6 hosts in brackets. */
    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
