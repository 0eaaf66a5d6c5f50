package io.jstan.server.cli;

import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.transport.NatsClientOptions;
import picocli.CommandLine.Option;

/**
 * The flags of the server's own NATS connections: {@code -ns} for an external NATS server, and
 * the client TLS files. {@link #applyTo} also hands them the {@code --user/--pass/--auth}
 * credentials, which upstream uses both for the embedded server and for these connections.
 */
public final class ExternalNatsFlags {

    @Option(names = {"-ns", "--ns", "-nats_server", "--nats_server"})
    String natsServer;

    @Option(names = {"-secure", "--secure"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    boolean secure;

    @Option(names = {"-tls_client_cert", "--tls_client_cert"})
    String tlsClientCert;

    @Option(names = {"-tls_client_key", "--tls_client_key"})
    String tlsClientKey;

    @Option(names = {"-tls_client_cacert", "--tls_client_cacert"})
    String tlsClientCaCert;

    /** Sets the external server and the client options of {@code options}. */
    public void applyTo(StreamingOptions options, NatsFlags nats) {
        options.natsServerUrl = emptyToNull(natsServer);
        NatsClientOptions client = options.natsClient;
        client.username = emptyToNull(nats.user);
        client.password = emptyToNull(nats.pass);
        client.token = emptyToNull(nats.auth);
        client.secure = secure;
        client.tlsClientCert = emptyToNull(tlsClientCert);
        client.tlsClientKey = emptyToNull(tlsClientKey);
        client.tlsClientCaCert = emptyToNull(tlsClientCaCert);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
