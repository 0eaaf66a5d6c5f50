package io.jstan.nats;

import io.jstan.nats.client.InProcessConnection;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class NatsServerSmokeTest {

    private NatsServer server;

    @BeforeEach
    void start() throws Exception {
        NatsServerOptions options = new NatsServerOptions();
        options.host = "127.0.0.1";
        options.port = 0;
        server = new NatsServer(options);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Connection connect() throws Exception {
        return Nats.connect(new Options.Builder().server("nats://127.0.0.1:" + server.port())
                .connectionTimeout(Duration.ofSeconds(5)).build());
    }

    @Test
    void publishesToSubscriberAndAnswersRequests() throws Exception {
        try (Connection pub = connect(); Connection sub = connect()) {
            Subscription subscription = sub.subscribe("foo.*");
            sub.flush(Duration.ofSeconds(2));
            pub.publish("foo.bar", "hello".getBytes(StandardCharsets.UTF_8));
            io.nats.client.Message message = subscription.nextMessage(Duration.ofSeconds(2));
            assertThat(message).isNotNull();
            assertThat(new String(message.getData(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(message.getSubject()).isEqualTo("foo.bar");

            sub.createDispatcher(m -> sub.publish(m.getReplyTo(), m.getData())).subscribe("echo");
            sub.flush(Duration.ofSeconds(2));
            io.nats.client.Message reply = pub.request("echo", "ping".getBytes(), Duration.ofSeconds(2));
            assertThat(new String(reply.getData())).isEqualTo("ping");

            Headers headers = new Headers().add("Foo", "bar");
            pub.publish(NatsMessage.builder().subject("foo.hdr").headers(headers).data("x").build());
            io.nats.client.Message withHeaders = subscription.nextMessage(Duration.ofSeconds(2));
            assertThat(withHeaders.getHeaders().getFirst("Foo")).isEqualTo("bar");
        }
    }

    @Test
    void inProcessClientTalksToSocketClient() throws Exception {
        BlockingQueue<io.jstan.nats.client.Message> received = new ArrayBlockingQueue<>(10);
        try (Connection socket = connect(); InProcessConnection local = server.connectInProcess("local")) {
            local.subscribe("in.>", null, received::add);
            socket.publish("in.a", "one".getBytes());
            socket.flush(Duration.ofSeconds(2));
            io.jstan.nats.client.Message message = received.poll(2, TimeUnit.SECONDS);
            assertThat(message).isNotNull();
            assertThat(new String(message.data())).isEqualTo("one");

            Subscription subscription = socket.subscribe("out");
            socket.flush(Duration.ofSeconds(2));
            local.publish("out", "two".getBytes());
            assertThat(new String(subscription.nextMessage(Duration.ofSeconds(2)).getData())).isEqualTo("two");
        }
    }
}
