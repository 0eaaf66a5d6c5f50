package io.jstan.streaming.functional;

import io.jstan.nats.NatsServerOptions;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.streaming.NatsStreaming;
import io.nats.streaming.Options;
import io.nats.streaming.StreamingConnection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A streaming server on a random local port, and the official clients connected to it; closes all. */
final class EmbeddedStan implements AutoCloseable {

    static final String CLUSTER = "test-cluster";

    private final StreamingServer server;
    private final List<AutoCloseable> opened = new ArrayList<>();

    EmbeddedStan() throws InterruptedException {
        this(o -> { });
    }

    EmbeddedStan(Consumer<StreamingOptions> customize) throws InterruptedException {
        NatsServerOptions nats = new NatsServerOptions();
        nats.host = "127.0.0.1";
        nats.port = 0;
        StreamingOptions options = new StreamingOptions();
        customize.accept(options);
        server = new StreamingServer(nats, options);
        server.start();
    }

    String url() {
        return "nats://127.0.0.1:" + server.port();
    }

    StreamingServer server() {
        return server;
    }

    StreamingConnection connect(String clientId) throws Exception {
        return connect(clientId, b -> { });
    }

    StreamingConnection connect(String clientId, Consumer<Options.Builder> customize) throws Exception {
        Options.Builder builder = new Options.Builder().natsUrl(url()).clusterId(CLUSTER).clientId(clientId)
                .connectWait(Duration.ofSeconds(2));
        customize.accept(builder);
        StreamingConnection sc = NatsStreaming.connect(CLUSTER, clientId, builder.build());
        opened.add(0, () -> {
            try {
                sc.close();
            } catch (Exception ignored) {
                // Already closed by the test.
            }
        });
        return sc;
    }

    /** A plain NATS connection for wire-level checks. */
    Connection nats() throws Exception {
        Connection nc = Nats.connect(url());
        opened.add(0, nc::close);
        return nc;
    }

    @Override
    public void close() {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Best effort: the server goes away next anyway.
            }
        }
        server.close();
    }
}
