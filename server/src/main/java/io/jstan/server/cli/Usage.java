package io.jstan.server.cli;

/** The usage text of {@code -h}, laid out like upstream's, listing the flags we support. */
public final class Usage {

    public static final String TEXT = """

            Usage: nats-streaming-server [options]

            Embedded NATS Server Options:
                -a, --addr <string>              Bind to host address (default: 0.0.0.0)
                -p, --port <int>                 Use port for clients (default: 4222)
                -m, --http_port <int>            Use port for http monitoring

            Logging Options:
                -l, --log <string>               File to redirect log output
                -D, --debug=<bool>               Enable debugging output
                -V, --trace=<bool>               Trace the raw protocol
                -DV                              Debug and trace

            Authorization Options:
                    --user <string>              User required for connections
                    --pass <string>              Password required for connections
                    --auth <string>              Authorization token required for connections

            TLS Options:
                    --tls=<bool>                 Enable TLS, do not verify clients (default: false)
                    --tlscert <string>           Server certificate file
                    --tlskey <string>            Private key for server certificate
                    --tlsverify=<bool>           Enable TLS, verify client certificates
                    --tlscacert <string>         Client certificate CA for verification

            Common Options:
                -h, --help                       Show this message
                -v, --version                    Show version
            """;

    private Usage() {
    }
}
