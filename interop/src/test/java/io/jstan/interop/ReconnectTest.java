package io.jstan.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** jnats reconnects to a server restarted on the same port and restores its subscriptions. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReconnectTest {

  @Test
  void clientReconnectsAfterServerRestartAndResubscribes() throws Exception {
    Set<ConnectionListener.Events> events = ConcurrentHashMap.newKeySet();
    try (ServerProcess server = ServerProcess.launch();
        Connection nc = Nats.connect(JnatsMessagingTest.options(server)
            .maxReconnects(-1)
            .reconnectWait(Duration.ofMillis(100))
            .connectionListener((conn, event) -> events.add(event))
            .build())) {
      Subscription s = nc.subscribe("survives.restart");
      nc.flush(Duration.ofSeconds(5));
      nc.publish("survives.restart", "before".getBytes(UTF_8));
      assertThat(new String(s.nextMessage(Duration.ofSeconds(5)).getData(), UTF_8)).isEqualTo("before");

      server.restart();

      await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(ConnectionListener.Events.RECONNECTED));
      assertThat(events).contains(ConnectionListener.Events.DISCONNECTED);
      assertThat(nc.getStatus()).isEqualTo(Connection.Status.CONNECTED);
      nc.flush(Duration.ofSeconds(5));

      // The subscription was replayed to the new server process: a second client's message reaches it.
      try (Connection other = Nats.connect(JnatsMessagingTest.options(server).build())) {
        other.publish("survives.restart", "after".getBytes(UTF_8));
        other.flush(Duration.ofSeconds(5));
      }
      Message m = s.nextMessage(Duration.ofSeconds(5));
      assertThat(m).isNotNull();
      assertThat(new String(m.getData(), UTF_8)).isEqualTo("after");
    }
  }
}
