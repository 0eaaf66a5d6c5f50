package io.jstan.nats.monitor;

import io.jstan.nats.NatsServerOptions;
import io.jstan.nats.server.ServerContext;
import io.jstan.nats.server.ServerInfo;
import io.jstan.nats.server.ServerStats;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/** {@code /varz}: identity, limits, process usage and traffic counters of the server. */
final class VarzEndpoint implements Endpoint {

    private final ServerContext context;
    private final String httpHost;
    private final IntSupplier httpPort;
    private final RequestCounts requests;
    private final ProcessUsage usage = new ProcessUsage();

    VarzEndpoint(ServerContext context, String httpHost, IntSupplier httpPort, RequestCounts requests) {
        this.context = context;
        this.httpHost = httpHost;
        this.httpPort = httpPort;
        this.requests = requests;
    }

    @Override
    public Object respond(QueryParams query) {
        NatsServerOptions options = context.options();
        ServerInfo info = context.info();
        ServerStats stats = context.stats();
        Instant now = Instant.now();
        int cores = Runtime.getRuntime().availableProcessors();

        Map<String, Object> varz = new LinkedHashMap<>();
        varz.put("server_id", info.serverId());
        varz.put("server_name", info.serverName());
        varz.put("version", ServerInfo.NATS_VERSION);
        varz.put("proto", 1);
        varz.put("go", "java" + Runtime.version().feature());
        varz.put("host", info.host());
        varz.put("port", info.port());
        putIfTrue(varz, "auth_required", options.authRequired());
        putIfTrue(varz, "tls_required", options.tls);
        putIfTrue(varz, "tls_verify", options.tls && options.tlsVerify);
        varz.put("max_connections", options.maxConnections);
        if (options.maxSubscriptions > 0) {
            varz.put("max_subscriptions", options.maxSubscriptions);
        }
        varz.put("ping_interval", options.pingInterval.toNanos());
        varz.put("ping_max", options.pingMax);
        varz.put("http_host", httpHost);
        varz.put("http_port", httpPort.getAsInt());
        varz.put("http_base_path", "");
        varz.put("https_port", 0);
        varz.put("auth_timeout", seconds(options.effectiveAuthTimeout()));
        varz.put("max_control_line", options.maxControlLine);
        varz.put("max_payload", options.maxPayload);
        varz.put("max_pending", options.maxPending);
        // Clustering, gateways, leaf nodes, MQTT, websocket and JetStream are not offered.
        for (String unused : new String[] {"cluster", "gateway", "leaf", "mqtt", "websocket", "jetstream"}) {
            varz.put(unused, Map.of());
        }
        varz.put("tls_timeout", seconds(options.tlsTimeout));
        varz.put("write_deadline", options.writeDeadline.toNanos());
        varz.put("start", Rfc3339.format(context.start()));
        varz.put("now", Rfc3339.format(now));
        varz.put("uptime", Durations.uptime(Duration.between(context.start(), now)));
        varz.put("mem", usage.residentBytes());
        varz.put("cores", cores);
        varz.put("gomaxprocs", cores);
        varz.put("cpu", usage.cpuPercent());
        varz.put("connections", context.connections().openCount());
        varz.put("total_connections", stats.totalConnections());
        varz.put("routes", 0);
        varz.put("remotes", 0);
        varz.put("leafnodes", 0);
        varz.put("in_msgs", stats.inMsgs());
        varz.put("out_msgs", stats.outMsgs());
        varz.put("in_bytes", stats.inBytes());
        varz.put("out_bytes", stats.outBytes());
        varz.put("slow_consumers", stats.slowConsumers());
        varz.put("subscriptions", context.router().index().count());
        varz.put("http_req_stats", requests.snapshot());
        varz.put("config_load_time", Rfc3339.format(context.start()));
        varz.put("system_account", StubEndpoints.SYSTEM_ACCOUNT);
        varz.put("slow_consumer_stats", slowConsumerStats(stats.slowConsumers()));
        return varz;
    }

    private static Map<String, Object> slowConsumerStats(long clients) {
        Map<String, Object> byKind = new LinkedHashMap<>();
        byKind.put("clients", clients);
        byKind.put("routes", 0);
        byKind.put("gateways", 0);
        byKind.put("leafs", 0);
        return byKind;
    }

    private static void putIfTrue(Map<String, Object> varz, String name, boolean value) {
        if (value) {
            varz.put(name, true);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
