package io.jstan.server.config;

import io.jstan.nats.NatsServerOptions;
import java.util.Map;

/** Applies the embedded NATS server's {@code tls} block (client connections). */
final class TlsConfig {

    private TlsConfig() {
    }

    static void apply(Map<String, Node> block, NatsServerOptions options) throws ConfigException {
        options.tls = true;
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "cert_file" -> options.tlsCert = entry.string();
                case "key_file" -> options.tlsKey = entry.string();
                case "ca_file" -> options.tlsCaCert = entry.string();
                case "verify" -> options.tlsVerify = entry.bool();
                case "timeout" -> options.tlsTimeout = entry.durationOrSeconds();
                case "cipher_suites", "curve_preferences", "verify_and_map", "pinned_certs", "insecure" ->
                        entry.unsupported();
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
    }
}
