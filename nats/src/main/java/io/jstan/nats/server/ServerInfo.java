package io.jstan.nats.server;

import io.jstan.nats.NatsServerOptions;
import io.jstan.nats.json.JsonWriter;

import java.nio.charset.StandardCharsets;

/** What the server tells each client in its INFO line. */
public final class ServerInfo {

    /** The nats-server release whose client protocol we implement; clients gate features on it. */
    public static final String NATS_VERSION = "2.9.24";

    private final String serverId;
    private final String serverName;
    private final String host;
    private final int port;
    private final NatsServerOptions options;

    ServerInfo(String serverId, NatsServerOptions options, int port) {
        this.serverId = serverId;
        this.serverName = options.serverName != null ? options.serverName : serverId;
        this.host = options.host;
        this.port = port;
        this.options = options;
    }

    public String serverId() {
        return serverId;
    }

    public String serverName() {
        return serverName;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The INFO line for one connection, with upstream's space before CRLF. */
    byte[] infoLine(long cid, String clientIp) {
        JsonWriter json = JsonWriter.compact().beginObject()
                .field("server_id", serverId)
                .field("server_name", serverName)
                .field("version", NATS_VERSION)
                .field("proto", 1)
                .field("go", "java" + Runtime.version().feature())
                .field("host", host)
                .field("port", port)
                .field("headers", true)
                .field("max_payload", options.maxPayload);
        if (options.authRequired()) {
            json.field("auth_required", true);
        }
        if (options.tls) {
            json.field("tls_required", true);
            if (options.tlsVerify) {
                json.field("tls_verify", true);
            }
        }
        json.field("client_id", cid).field("client_ip", clientIp).endObject();
        return ("INFO " + json + " \r\n").getBytes(StandardCharsets.UTF_8);
    }
}
