package io.jstan.streaming.core;

import io.jstan.nats.NatsServerOptions;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.time.SystemScheduler;
import io.jstan.streaming.transport.InProcessTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class DuplicateServerCheckTest {

    @Test
    void aServerWithTheSameClusterIdIsDetectedAndAnotherIdIsNot() throws Exception {
        NatsServerOptions nats = new NatsServerOptions();
        nats.host = "127.0.0.1";
        nats.port = 0;
        SystemScheduler scheduler = new SystemScheduler();
        try (StreamingServer running = new StreamingServer(nats, new StreamingOptions());
             InProcessTransport transport = startAndAttach(running, scheduler)) {
            assertThatThrownBy(() -> DuplicateServerCheck.run(transport,
                    ServerSubjects.defaults("test-cluster", "_STAN.discover"), "test-cluster"))
                    .hasMessage("discovered another streaming server with cluster ID \"test-cluster\"");
            long start = System.nanoTime();
            assertThatCode(() -> DuplicateServerCheck.run(transport,
                    ServerSubjects.defaults("other", "_STAN.discover"), "other")).doesNotThrowAnyException();
            // Nobody listens: the no-responders status answers at once, no 250 ms wait.
            org.assertj.core.api.Assertions.assertThat(System.nanoTime() - start).isLessThan(200_000_000L);
        } finally {
            scheduler.close();
        }
    }

    private static InProcessTransport startAndAttach(StreamingServer server, SystemScheduler scheduler)
            throws InterruptedException {
        server.start();
        return new InProcessTransport(server.natsServer().connectInProcess("probe"), scheduler);
    }
}
