package io.jstan.nats.server;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits and timers of the core server that need options the command line does not offer. */
@Timeout(30)
class ConnectionLimitsTest {

    private NatsServer server;

    private void start(Consumer<NatsServerOptions> configure) throws InterruptedException {
        NatsServerOptions options = new NatsServerOptions();
        options.host = "127.0.0.1";
        options.port = 0;
        configure.accept(options);
        server = new NatsServer(options);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A plain socket client that reads with a deadline. */
    private final class Raw implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Raw() throws IOException {
            socket = new Socket("127.0.0.1", server.port());
            socket.setSoTimeout(200);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Reads until the connection closes or {@code wait} passes; returns the text and whether it closed. */
        Result read(Duration wait) throws IOException {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buffer = new byte[65536];
            while (System.nanoTime() < deadline) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        return new Result(received.toString(StandardCharsets.ISO_8859_1), true);
                    }
                    received.write(buffer, 0, n);
                } catch (SocketTimeoutException e) {
                    // keep waiting until the deadline
                } catch (IOException e) {
                    return new Result(received.toString(StandardCharsets.ISO_8859_1), true);
                }
            }
            return new Result(received.toString(StandardCharsets.ISO_8859_1), false);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private record Result(String text, boolean closed) {
    }

    @Test
    void authenticationTimeoutClosesASilentClient() throws Exception {
        start(o -> {
            o.token = "secret";
            o.authTimeout = Duration.ofMillis(300);
        });
        try (Raw client = new Raw()) {
            Result result = client.read(Duration.ofSeconds(3));
            assertThat(result.text()).startsWith("INFO ").contains("\"auth_required\":true")
                    .endsWith("-ERR 'Authentication Timeout'\r\n");
            assertThat(result.closed()).isTrue();
        }
    }

    @Test
    void usersListAcceptsEachUser() throws Exception {
        start(o -> {
            o.users.add(new NatsServerOptions.User("alice", "a"));
            o.users.add(new NatsServerOptions.User("bob", "b"));
        });
        try (Raw alice = new Raw(); Raw bob = new Raw(); Raw eve = new Raw()) {
            alice.send("CONNECT {\"verbose\":false,\"user\":\"alice\",\"pass\":\"a\"}\r\nPING\r\n");
            bob.send("CONNECT {\"verbose\":false,\"user\":\"bob\",\"pass\":\"b\"}\r\nPING\r\n");
            eve.send("CONNECT {\"verbose\":false,\"user\":\"bob\",\"pass\":\"a\"}\r\nPING\r\n");
            assertThat(alice.read(Duration.ofMillis(500)).text()).endsWith("PONG\r\n");
            assertThat(bob.read(Duration.ofMillis(500)).text()).endsWith("PONG\r\n");
            Result refused = eve.read(Duration.ofSeconds(2));
            assertThat(refused.text()).endsWith("-ERR 'Authorization Violation'\r\n");
            assertThat(refused.closed()).isTrue();
        }
    }

    @Test
    void connectionsOverTheLimitGetInfoThenAnError() throws Exception {
        start(o -> o.maxConnections = 1);
        try (Raw first = new Raw()) {
            first.send("PING\r\n");
            assertThat(first.read(Duration.ofMillis(500)).text()).endsWith("PONG\r\n");
            try (Raw second = new Raw()) {
                Result result = second.read(Duration.ofSeconds(2));
                assertThat(result.text()).startsWith("INFO ").endsWith("-ERR 'maximum connections exceeded'\r\n");
                assertThat(result.closed()).isTrue();
            }
        }
    }

    @Test
    void subscriptionsOverTheLimitAreRefusedButTheConnectionStays() throws Exception {
        start(o -> o.maxSubscriptions = 2);
        try (Raw client = new Raw()) {
            client.send("CONNECT {\"verbose\":false}\r\nSUB a 1\r\nSUB b 2\r\nSUB c 3\r\nPING\r\n");
            Result result = client.read(Duration.ofMillis(500));
            assertThat(result.text()).endsWith("-ERR 'maximum subscriptions exceeded'\r\nPONG\r\n");
            assertThat(result.closed()).isFalse();
        }
    }

    @Test
    void silentClientIsPingedThenClosedAsStale() throws Exception {
        start(o -> {
            o.pingInterval = Duration.ofMillis(300);
            o.pingMax = 2;
        });
        try (Raw client = new Raw()) {
            client.send("CONNECT {\"verbose\":false}\r\n");
            Result result = client.read(Duration.ofSeconds(5));
            assertThat(result.text()).endsWith("PING\r\nPING\r\n-ERR 'Stale Connection'\r\n");
            assertThat(result.closed()).isTrue();
        }
    }

    @Test
    void clientThatAnswersPingsStaysConnected() throws Exception {
        start(o -> o.pingInterval = Duration.ofMillis(200));
        try (Raw client = new Raw()) {
            client.send("CONNECT {\"verbose\":false}\r\n");
            for (int i = 0; i < 5; i++) {
                Result result = client.read(Duration.ofMillis(400));
                assertThat(result.closed()).isFalse();
                if (result.text().contains("PING")) {
                    client.send("PONG\r\n");
                }
            }
        }
    }

    @Test
    void subscriberThatNeverReadsIsClosedAsSlowConsumerWhileOthersContinue() throws Exception {
        start(o -> o.maxPending = 256 * 1024);
        try (Raw stuck = new Raw(); Raw publisher = new Raw(); Raw healthy = new Raw()) {
            stuck.socket.setReceiveBufferSize(4096);
            stuck.send("CONNECT {\"verbose\":false}\r\nSUB big 1\r\nPING\r\n");
            healthy.send("CONNECT {\"verbose\":false}\r\nSUB small 1\r\nPING\r\n");
            assertThat(healthy.read(Duration.ofMillis(300)).text()).endsWith("PONG\r\n");
            publisher.send("CONNECT {\"verbose\":false}\r\n");
            String payload = "x".repeat(60_000);
            for (int i = 0; i < 200; i++) {
                publisher.send("PUB big " + payload.length() + "\r\n" + payload + "\r\n");
            }
            publisher.send("PUB small 2\r\nok\r\nPING\r\n");
            // Server PINGs may interleave: look for the replies, not for the exact stream.
            assertThat(publisher.read(Duration.ofSeconds(2)).text()).contains("PONG\r\n");
            assertThat(healthy.read(Duration.ofMillis(500)).text()).contains("MSG small 1 2\r\nok\r\n");
            assertThat(server.context().stats().slowConsumers()).isEqualTo(1);
        }
    }
}
