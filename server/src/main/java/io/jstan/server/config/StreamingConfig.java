package io.jstan.server.config;

import io.jstan.streaming.StreamingOptions;
import java.util.Locale;
import java.util.Map;

/** Applies a streaming configuration section (upstream's keys and aliases) to {@link StreamingOptions}. */
public final class StreamingConfig {

    private StreamingConfig() {
    }

    /**
     * The streaming part of a file: the {@code streaming} block when there is one, else the
     * whole file, as upstream reads it.
     */
    public static Map<String, Node> section(Map<String, Node> file) throws ConfigException {
        for (Map.Entry<String, Node> e : file.entrySet()) {
            if (e.getKey().equalsIgnoreCase("streaming")) {
                if (!(e.getValue().value() instanceof Map)) {
                    throw ConfigException.at(e.getValue().position(),
                            "expected streaming section to be a map/struct, got " + e.getValue().value());
                }
                return e.getValue().asMap();
            }
        }
        return file;
    }

    public static void apply(Map<String, Node> section, StreamingOptions options) throws ConfigException {
        for (Map.Entry<String, Node> e : section.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "id", "cid", "cluster_id" -> options.clusterId = entry.string();
                case "discover_prefix" -> options.discoverPrefix = entry.string();
                case "st", "store", "store_type", "storetype" -> options.storeType = storeType(entry);
                case "dir", "datastore" -> options.dataDirectory = emptyToNull(entry.string());
                case "sd", "stan_debug" -> options.debug = entry.bool();
                case "sv", "stan_trace" -> options.trace = entry.bool();
                case "ns", "nats_server", "nats_server_url" -> options.natsServerUrl = emptyToNull(entry.string());
                case "limits", "store_limits", "storelimits" -> StoreLimitsConfig.apply(entry.map(), options);
                case "file", "file_options" -> FileStoreConfig.apply(entry.map(), options.fileStore);
                case "hbi", "hb_interval", "server_to_client_hb_interval" ->
                        options.heartbeatInterval = entry.duration();
                case "hbt", "hb_timeout", "server_to_client_hb_timeout" -> options.heartbeatTimeout = entry.duration();
                case "hbf", "hb_fail_count", "server_to_client_hb_fail_count" ->
                        options.heartbeatFailCount = entry.int32();
                case "replace_durable", "replace_durables", "replace_duplicate_durable",
                        "replace_duplicate_durables" -> options.replaceDurable = entry.bool();
                // Connections of the server to NATS with credentials or TLS, and the modes not built yet.
                case "credentials", "username", "user", "password", "pass", "token", "nkey_seed_file", "secure",
                        "tls", "sql", "sql_options", "cluster", "ft_group", "ft_group_name", "partitioning",
                        "encrypt", "encryption_cipher", "encryption_key", "syslog_name" -> entry.unsupported();
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
    }

    private static String storeType(Entry entry) throws ConfigException {
        String value = entry.string();
        String type = value.toUpperCase(Locale.ROOT);
        if (!type.equals("MEMORY") && !type.equals("FILE") && !type.equals("SQL")) {
            throw ConfigException.at(entry.node().position(), "unknown store type: " + value);
        }
        return type;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
