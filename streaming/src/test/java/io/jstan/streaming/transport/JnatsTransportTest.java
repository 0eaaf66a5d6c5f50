package io.jstan.streaming.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import io.jstan.streaming.time.SystemScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport over a NATS server reached by socket: here the embedded one, listening on a port. */
class JnatsTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SystemScheduler scheduler = new SystemScheduler();
    private NatsServer nats;
    private JnatsTransport transport;

    @BeforeEach
    void start() throws Exception {
        NatsServerOptions options = new NatsServerOptions();
        options.host = "127.0.0.1";
        options.port = 0;
        nats = new NatsServer(options);
        nats.start();
        transport = JnatsTransport.connect(List.of("nats://127.0.0.1:" + nats.port()), new NatsClientOptions(),
                "test", "_STAN.sub.test", scheduler);
    }

    @AfterEach
    void stop() {
        transport.close();
        nats.close();
        scheduler.close();
    }

    @Test
    void noRespondersFailsTheRequest() {
        assertThatThrownBy(() -> transport.request("nobody.here", new byte[0], TIMEOUT).get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoRespondersException.class);
    }

    @Test
    void requestGetsTheReply() throws Exception {
        transport.subscribe("service", (subject, reply, data) ->
                transport.publish(reply, null, ("re:" + new String(data, UTF_8)).getBytes(UTF_8)));
        transport.flush(TIMEOUT);
        byte[] reply = transport.request("service", "ping".getBytes(UTF_8), TIMEOUT).get(5, TimeUnit.SECONDS);
        assertThat(new String(reply, UTF_8)).isEqualTo("re:ping");
    }

    @Test
    void messagesOnDifferentSubjectsArriveInPublishOrder() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(1000);
        NatsTransport.Handler handler = (subject, reply, data) -> {
            received.add(new String(data, UTF_8));
            all.countDown();
        };
        transport.subscribe("first", handler);
        transport.subscribe("second", handler);
        transport.flush(TIMEOUT);
        for (int i = 0; i < 1000; i++) {
            transport.publish(i % 3 == 0 ? "second" : "first", null, Integer.toString(i).getBytes(UTF_8));
        }
        assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 1000; i++) {
            assertThat(received.get(i)).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void aClientSuppliedSubjectNatsCannotCarryIsDropped() {
        transport.publish("", null, new byte[0]);
    }
}
