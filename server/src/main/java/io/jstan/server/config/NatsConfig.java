package io.jstan.server.config;

import io.jstan.nats.NatsServerOptions;
import io.jstan.server.logging.LogOptions;
import java.util.Map;

/** Applies the embedded NATS server's keys of a configuration file to {@link NatsServerOptions}. */
public final class NatsConfig {

    private NatsConfig() {
    }

    public static void apply(Map<String, Node> file, NatsServerOptions options, LogOptions log)
            throws ConfigException {
        for (Map.Entry<String, Node> e : file.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "port" -> options.port = clientPort(entry.int32());
                case "host", "net" -> options.host = entry.string();
                case "listen" -> listen(entry, options);
                case "http" -> monitor(entry, options);
                case "http_port", "monitor_port" -> options.httpPort = entry.int32();
                case "server_name" -> options.serverName = entry.string();
                case "pid_file", "pidfile" -> options.pidFile = entry.string().isEmpty() ? null : entry.string();
                case "authorization" -> AuthorizationConfig.apply(entry.map(), options);
                case "tls" -> TlsConfig.apply(entry.map(), options);
                case "max_payload" -> options.maxPayload = entry.int32();
                case "max_control_line" -> options.maxControlLine = entry.int32();
                case "max_connections", "max_conn" -> options.maxConnections = entry.int32();
                case "max_pending" -> options.maxPending = entry.int64();
                case "max_subscriptions", "max_subs" -> options.maxSubscriptions = entry.int32();
                case "ping_interval" -> options.pingInterval = entry.durationOrSeconds();
                case "ping_max" -> options.pingMax = entry.int32();
                case "write_deadline" -> options.writeDeadline = entry.durationOrSeconds();
                case "max_closed_clients" -> options.maxClosedClients = entry.int32();
                case "debug" -> log.natsDebug = entry.bool();
                case "trace" -> log.natsTrace = entry.bool();
                case "log_file", "logfile" -> log.file = entry.string().isEmpty() ? null : entry.string();
                // NATS features not built: refused rather than silently dropped.
                case "https", "https_port", "cluster", "gateway", "leafnodes", "leaf", "jetstream", "accounts",
                        "websocket", "mqtt", "operator", "operators", "resolver", "system_account", "syslog",
                        "remote_syslog", "ports_file_dir", "log_size_limit", "logtime_utc" ->
                        entry.unsupported();
                case "logtime" -> {
                    if (!entry.bool()) {
                        entry.unsupported();
                    }
                }
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
    }

    /** Upstream: 0 means the default port and -1 a random one, which our options spell 0. */
    private static int clientPort(int port) {
        if (port == 0) {
            return 4222;
        }
        return port == -1 ? 0 : port;
    }

    /** {@code listen: "host:port"} (or just a port) sets the client host and port. */
    private static void listen(Entry entry, NatsServerOptions options) throws ConfigException {
        HostPort hp = HostPort.of(entry);
        if (hp.host() != null) {
            options.host = hp.host();
        }
        options.port = clientPort(hp.port());
    }

    /** {@code http: "host:port"} or {@code http: port} turns monitoring on. */
    private static void monitor(Entry entry, NatsServerOptions options) throws ConfigException {
        HostPort hp = HostPort.of(entry);
        if (hp.host() != null) {
            options.httpHost = hp.host();
        }
        options.httpPort = hp.port();
    }
}
