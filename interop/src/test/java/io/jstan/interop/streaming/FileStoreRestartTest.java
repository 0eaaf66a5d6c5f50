package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.jstan.interop.ServerProcess;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import io.nats.streaming.protobuf.Ping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The FILE store across restarts: a restarted server resumes where it was (PROTOCOL.md §8.7, §10). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FileStoreRestartTest {

  @TempDir
  Path dir;

  private StanServer fileServer(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "-st";
    args[1] = "FILE";
    args[2] = "-dir";
    args[3] = dir.toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return StanServer.launch(args);
  }

  private static SubscriptionOptions durable(String name) {
    return Stan.options().durableName(name).deliverAllAvailable().manualAcks().build();
  }

  @Test
  void messagesAndSequencesSurviveARestart() throws Exception {
    String channel = Stan.unique("chan");
    try (StanServer server = fileServer()) {
      try (StreamingConnection sc = server.connect(Stan.unique("pub"))) {
        Stan.publish(sc, channel, 10);
      }
      server.process().restart();
      try (StreamingConnection sc = server.connect(Stan.unique("sub"))) {
        Received received = new Received();
        sc.subscribe(channel, received, Stan.all());
        List<Message> messages = received.next(10);
        assertThat(Stan.sequences(messages)).isEqualTo(Stan.range(1, 10));
        assertThat(messages).extracting(Stan::text).containsExactly(
            "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10");
        Stan.publish(sc, channel, 11, 11);
        assertThat(received.next().getSequence()).isEqualTo(11);
      }
    }
  }

  @Test
  void lastSequenceSurvivesEvenWhenEveryMessageExpired() throws Exception {
    String channel = Stan.unique("chan");
    try (StanServer server = fileServer("-ma", "500ms")) {
      try (StreamingConnection sc = server.connect(Stan.unique("pub"))) {
        Stan.publish(sc, channel, 3);
      }
      server.process().stop();
      Thread.sleep(700);
      server.process().start();
      try (StreamingConnection sc = server.connect(Stan.unique("sub"))) {
        Received received = new Received();
        sc.subscribe(channel, received, Stan.all());
        received.expectNothing();
        Stan.publish(sc, channel, 4, 4);
        Message next = received.next();
        assertThat(next.getSequence()).isEqualTo(4);
        assertThat(Stan.text(next)).isEqualTo("m4");
      }
    }
  }

  @Test
  void durableResumesAfterARestartWithUnackedMessagesRedelivered() throws Exception {
    String clientId = Stan.unique("client");
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StanServer server = fileServer()) {
      try (StreamingConnection sc = server.connect(clientId)) {
        Stan.publish(sc, channel, 5);
        Received first = new Received();
        Subscription sub = sc.subscribe(channel, first, durable(name));
        for (Message m : first.next(5).subList(0, 3)) {
          m.ack();
        }
        // Delivered and left unacknowledged too; on the same connection, so the acks come first.
        sc.publish(channel, Stan.payload(6));
        sub.close();
      }
      server.process().restart();
      try (StreamingConnection sc = server.connect(clientId)) {
        Stan.publish(sc, channel, 7, 8);
        Received resumed = new Received();
        sc.subscribe(channel, resumed, durable(name));
        List<Message> again = resumed.next(5);
        assertThat(Stan.sequences(again)).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(again).extracting(Message::isRedelivered).containsExactly(true, true, true, false, false);
        resumed.expectNothing();
      }
    }
  }

  @Test
  void durableQueueGroupResumesAfterARestart() throws Exception {
    String channel = Stan.unique("chan");
    SubscriptionOptions member = Stan.options().durableName("dq").deliverAllAvailable().manualAcks().build();
    try (StanServer server = fileServer()) {
      try (StreamingConnection sc = server.connect(Stan.unique("member"))) {
        Stan.publish(sc, channel, 4);
        Received received = new Received();
        sc.subscribe(channel, "workers", received, member);
        List<Message> messages = received.next(4);
        messages.get(0).ack();
        messages.get(1).ack();
        Stan.publish(sc, channel, 5, 5); // after the acks on the same connection
      }
      server.process().restart();
      try (StreamingConnection sc = server.connect(Stan.unique("member"))) {
        Received received = new Received();
        sc.subscribe(channel, "workers", received, member);
        List<Message> messages = received.next(3);
        assertThat(Stan.sequences(messages)).containsExactly(3L, 4L, 5L);
        assertThat(messages).extracting(Message::isRedelivered).containsExactly(true, true, true);
        Stan.publish(sc, channel, 6, 6);
        Message next = received.next();
        assertThat(next.getSequence()).isEqualTo(6);
        assertThat(next.isRedelivered()).isFalse();
      }
    }
  }

  @Test
  void runningClientKeepsItsSubscriptionAcrossARestart() throws Exception {
    String channel = Stan.unique("chan");
    try (StanServer server = fileServer()) {
      Connection nc = Nats.connect(new io.nats.client.Options.Builder().server(server.url())
          .maxReconnects(-1).reconnectWait(Duration.ofMillis(100)).build());
      StreamingConnection sc = server.connect(Stan.unique("client"), o -> o.natsConn(nc));
      try {
        Received received = new Received();
        sc.subscribe(channel, received, Stan.options().manualAcks().ackWait(Duration.ofSeconds(1)).build());
        Stan.publish(sc, channel, 1, 1);
        Message unacked = received.next();
        assertThat(unacked.getSequence()).isEqualTo(1);

        server.process().restart();
        // Not acknowledged before the restart: redelivered to the same inbox, flagged.
        Message again = received.next(Duration.ofSeconds(10));
        assertThat(again.getSequence()).isEqualTo(1);
        assertThat(again.isRedelivered()).isTrue();
        again.ack();
        // Published by another client: see Stan.closeAfterReconnect.
        try (StreamingConnection other = server.connect(Stan.unique("publisher"))) {
          Stan.publish(other, channel, 2, 2);
        }
        Message next = received.next();
        while (next.getSequence() == 1) {
          next = received.next();
        }
        assertThat(next.getSequence()).isEqualTo(2);
        assertThat(next.isRedelivered()).isFalse();
      } finally {
        Stan.closeAfterReconnect(sc);
        nc.close();
      }
    }
  }

  @Test
  void clientIsStillRegisteredAfterARestart() throws Exception {
    try (StanServer server = fileServer()) {
      RawStan.Client client;
      RawStan raw = server.raw();
      client = raw.register(Stan.unique("client"));
      server.process().restart();
      try (RawStan after = server.raw()) {
        byte[] reply = after.requestBytes(RawStan.PINGS,
            Ping.newBuilder().setConnID(client.connId).build().toByteArray());
        assertThat(reply).isEmpty();
      } finally {
        raw.close();
      }
    }
  }

  @Test
  void secondServerOnTheSameDirectoryIsRefused() {
    try (StanServer server = fileServer()) {
      assertThatThrownBy(this::fileServer)
          .hasMessageContaining("Failed to start")
          .hasMessageContaining("in use by another store");
      assertThat(server.process().isRunning()).isTrue();
    }
  }

  @Test
  void fileStoreWithoutDirectoryIsRefused() {
    assumeFalse(ServerProcess.isNatsServer(), "the reference core NATS server has no streaming layer");
    assertThatThrownBy(() -> StanServer.launch("-st", "FILE"))
        .hasMessageContaining("Failed to start: for FILE stores, root directory must be specified");
  }
}
