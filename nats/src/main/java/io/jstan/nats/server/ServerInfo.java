package io.jstan.nats.server;

import io.jstan.nats.NatsServerOptions;

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
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "server_id", serverId);
        field(json, "server_name", serverName);
        field(json, "version", NATS_VERSION);
        json.append("\"proto\":1,");
        field(json, "go", "java" + Runtime.version().feature());
        field(json, "host", host);
        json.append("\"port\":").append(port).append(',');
        json.append("\"headers\":true,");
        json.append("\"max_payload\":").append(options.maxPayload).append(',');
        if (options.authRequired()) {
            json.append("\"auth_required\":true,");
        }
        if (options.tls) {
            json.append("\"tls_required\":true,");
            if (options.tlsVerify) {
                json.append("\"tls_verify\":true,");
            }
        }
        json.append("\"client_id\":").append(cid).append(',');
        field(json, "client_ip", clientIp);
        json.setLength(json.length() - 1);
        json.append('}');
        return ("INFO " + json + " \r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\');
            }
            json.append(c);
        }
        json.append("\",");
    }
}
