package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.streaming.StreamingConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jstan over an external nats-server that restarts: the streaming state lives on in jstan, the
 * client libraries re-establish their subscriptions, and clients carry on where they were.
 * External mode only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NatsServerRestartTest {

  @Test
  void streamingSurvivesARestartOfItsNatsServer() throws Exception {
    assumeTrue(StanServer.external(), "only jstan over an external NATS server has one to restart");
    try (StanServer server = StanServer.launch();
         Connection nc = Nats.connect(new io.nats.client.Options.Builder().server(server.url())
             .maxReconnects(-1).reconnectWait(Duration.ofMillis(100)).build())) {
      StreamingConnection sc = server.connect(Stan.unique("restart"), o -> o.natsConn(nc));
      String channel = Stan.unique("restart");
      Received received = new Received();
      sc.subscribe(channel, received, Stan.options().durableName("dur").deliverAllAvailable().build());
      Stan.publish(sc, channel, 1, 5);
      assertThat(received.sequences(5)).isEqualTo(Stan.range(1, 5));

      server.natsProcess().restart();
      server.process().awaitLogLine("reconnected to NATS Server");
      awaitConnected(nc);

      // A new client connecting proves the server listens again on its subjects; its messages
      // reach the old subscriber over the old, reconnected connection. (The old connection's own
      // publishes right after a reconnect are up to the client library, not the server.)
      try (StreamingConnection late = server.connect(Stan.unique("late"))) {
        Received replayed = new Received();
        late.subscribe(channel, replayed, Stan.all());
        assertThat(replayed.sequences(5)).as("replay after the restart").isEqualTo(Stan.range(1, 5));
        Stan.publish(late, channel, 6, 10);
        assertThat(received.sequences(5)).as("published after the restart").isEqualTo(Stan.range(6, 10));
      }
      received.expectNothing();
      Stan.closeAfterReconnect(sc);
    }
  }

  private static void awaitConnected(Connection nc) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (nc.getStatus() != Connection.Status.CONNECTED && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(nc.getStatus()).isEqualTo(Connection.Status.CONNECTED);
  }
}
