package io.jstan.server.cli;

/**
 * The usage text of {@code -h}, laid out like upstream's, listing the flags we support (the
 * others upstream has are refused with {@code not supported yet}).
 */
public final class Usage {

    public static final String TEXT = """

            Usage: nats-streaming-server [options]

            Streaming Server Options:
                -cid, --cluster_id <string>      Cluster ID (default: test-cluster)
                -st,  --store <string>           Store type: MEMORY (default: MEMORY)
                      --dir <string>             Root directory of a FILE store
                -mc,  --max_channels <int>       Max number of channels (0 for unlimited)
                -msu, --max_subs <int>           Max number of subscriptions per channel (0 for unlimited)
                -mm,  --max_msgs <int>           Max number of messages per channel (0 for unlimited)
                -mb,  --max_bytes <size>         Max total size of the messages per channel (0 for unlimited)
                -ma,  --max_age <duration>       Max age of a stored message ("0s" for unlimited)
                -mi,  --max_inactivity <duration> Max time a channel without subscription nor new message is kept (0 for unlimited)
                -hbi, --hb_interval <duration>   Interval at which the server sends heartbeats to a client
                -hbt, --hb_timeout <duration>    How long the server waits for a heartbeat response
                -hbf, --hb_fail_count <int>      Number of failed heartbeats before the server closes the client connection
                -sc,  --stan_config <string>     Streaming server configuration file
                      --replace_durable <bool>   Replace an active durable subscription instead of reporting a duplicate

            Streaming Server Logging Options:
                -SD,  --stan_debug=<bool>        Enable streaming debugging output
                -SV,  --stan_trace=<bool>        Trace the raw streaming protocol
                -SDV                             Debug and trace the streaming layer

            Embedded NATS Server Options:
                -a, --addr <string>              Bind to host address (default: 0.0.0.0)
                -p, --port <int>                 Use port for clients (default: 4222)
                -m, --http_port <int>            Use port for http monitoring
                -c, --config <string>            Configuration file
                -P, --pid <string>               File to store PID
                -n, --name <string>              Server name (default: auto)

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
